/**
 * Signatures: the public campaign pages and sign form, recording one signature per person per
 * campaign, and the counts everyone watches.
 *
 * <p>Owns the tables {@code signature}, {@code signature_count_change},
 * {@code signature_area_count_change}, {@code signer_token}, {@code used_challenge} and
 * {@code data_key_mark}.
 */
package org.firmas.signature;
