/**
 * Signatures: the public campaign pages and sign form, recording one signature per person per
 * campaign, and the counts everyone watches.
 */
package org.firmas.signature;
