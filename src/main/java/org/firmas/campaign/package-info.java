/**
 * Campaigns: reading and validating definition files, keeping the catalog of live campaigns,
 * and the public pages that present them.
 *
 * <p>Owns the table {@code campaign}.
 */
package org.firmas.campaign;
