package org.firmas.update.control;

/**
 * The one-click unsubscribe address of one mail: the signer's token, which says nothing about
 * them, and the update it came with, so the console can count who left after which update.
 */
public final class UnsubscribeAddress {

    public static final String PATH = "/unsubscribe/";

    private UnsubscribeAddress() {
    }

    public static String of(String site, String token, long updateId) {
        return site + PATH + token + "?update=" + updateId;
    }
}
