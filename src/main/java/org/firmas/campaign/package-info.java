/**
 * Campaigns: reading and validating definition files, keeping the catalog of live campaigns,
 * and the public pages that present them.
 */
package org.firmas.campaign;
