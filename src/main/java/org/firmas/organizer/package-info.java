/**
 * The organizer console: accounts and their login, campaigns made and run from the browser, and
 * what organizers watch and do there (dashboards, delivery log, moderation, exports).
 *
 * <p>Owns the tables {@code organizer_account}, {@code export_audit} and {@code moderation_log}.
 */
package org.firmas.organizer;
