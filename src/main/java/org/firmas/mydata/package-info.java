/**
 * A supporter's "my data" page: a one-time link mailed to their address shows what is held about
 * them on every campaign, and lets them withdraw a signature, stop updates, or erase everything.
 *
 * <p>Owns the tables {@code my_data_request}, {@code my_data_link} and {@code my_data_action}.
 */
package org.firmas.mydata;
