package org.firmas.delivery.control;

import java.util.regex.Pattern;
import org.firmas.signature.entity.Signer;

/**
 * How an official reads a signer, in a batch mail and in a delivery packet alike: "name, ZIP" on a
 * line of its own and the comment on one line, never an email address or phone number. Line breaks
 * become spaces, so no name or comment can pass for further signers.
 */
public final class SignerLine {

    /** Any run of blanks holding a line break, whichever of the Unicode line breaks it is. */
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\h\\v]*\\v[\\h\\v]*");

    private SignerLine() {
    }

    public static String signed(Signer signer) {
        return oneLine(signer.firstName() + " " + signer.lastName() + ", " + signer.zip());
    }

    /** The comment on one line, or null when the signer left none. */
    public static String comment(Signer signer) {
        return signer.comment() == null ? null : oneLine(signer.comment());
    }

    private static String oneLine(String text) {
        return LINE_BREAKS.matcher(text).replaceAll(" ");
    }
}
