/**
 * The JSON API: public campaign facts, and the OSDI petitions and signatures, whose personal data
 * and recording need an API key kept by the organizer capability. Owns no table.
 */
package org.firmas.api;
