/**
 * Paper: printable signature sheets, importing the typed-up sheets as signatures (and undoing an
 * import), and the delivery packet an organizer hands to an official in person.
 *
 * <p>Owns the table {@code paper_import}; the signatures themselves stay the signature capability's.
 */
package org.firmas.paper;
