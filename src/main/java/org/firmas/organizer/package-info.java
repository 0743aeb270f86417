/**
 * The organizer console: accounts and their login, campaigns made and run from the browser, and
 * what organizers watch and do there (dashboards, delivery log, moderation, exports).
 *
 * <p>Owns the tables {@code organizer_account}, {@code export_audit}, {@code moderation_log}, {@code api_key}
 * and {@code api_audit}.
 */
package org.firmas.organizer;
