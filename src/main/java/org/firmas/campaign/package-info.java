/**
 * Campaigns: reading and validating definition files, keeping the catalog of live campaigns,
 * the campaigns made in the console, and the public pages that present them.
 *
 * <p>Owns the tables {@code campaign}, {@code campaign_image_variant} and {@code campaign_image_alt} (its header
 * image's sizes and alt texts), {@code campaign_share_image_variant} and {@code campaign_share_image_alt} (its share
 * image for link previews); other capabilities reach it only through {@code campaign.boundary}.
 */
package org.firmas.campaign;
