package org.firmas.signature.entity;

/**
 * Finds every signature of one address by its keyed hash, including a row whose key a data key
 * rotation had to suffix ({@code key:id}) because an older, differently written address already
 * held the plain key on that campaign. The range lets the index on the key find both: a key is
 * 64 hex digits, so only the key itself and its suffixed forms fall between it and it followed
 * by "g", the first letter after the hex digits, in any collation; the pattern then keeps exactly those.
 */
public final class SignerKey {

    /** Four parameters, in the order {@link #parameters} gives them. */
    public static final String SQL = "(email_key >= ? AND email_key < ? AND (email_key = ? OR email_key LIKE ?))";
    /** The same for a JPQL query on {@code Signature s}. */
    public static final String JPQL = "(s.emailKey >= :keyFrom and s.emailKey < :keyTo and (s.emailKey = :key or s.emailKey like :keySuffixed))";

    private SignerKey() {
    }

    public static Object[] parameters(String emailKey) {
        return new Object[] {emailKey, emailKey + "g", emailKey, emailKey + ":%"};
    }

    public static boolean matches(String stored, String emailKey) {
        return stored != null && (stored.equals(emailKey) || stored.startsWith(emailKey + ":"));
    }
}
