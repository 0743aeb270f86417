/**
 * The organizer console: accounts and their login, campaigns made and run from the browser, and
 * what organizers watch and do there (dashboards, delivery log, moderation, exports).
 */
package org.firmas.organizer;
