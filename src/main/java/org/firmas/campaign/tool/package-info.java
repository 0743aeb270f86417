/**
 * The command organizers run on a campaign folder before they push it: every file checked by the
 * server's own parser, and a campaign's page written to an HTML file to look at without a server.
 * Plain Java on the parser's libraries: no database, no application server, no network.
 */
package org.firmas.campaign.tool;
