/**
 * Campaigns: reading and validating definition files, keeping the catalog of live campaigns,
 * the campaigns made in the console, and the public pages that present them.
 *
 * <p>Owns the table {@code campaign}; other capabilities reach it only through {@code campaign.boundary}.
 */
package org.firmas.campaign;
