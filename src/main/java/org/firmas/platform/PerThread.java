package org.firmas.platform;

import java.security.GeneralSecurityException;

/**
 * JCA objects (ciphers, MACs, digests) kept one per thread. Asking the JCA for one by name walks
 * the security providers on every call, which costs more than hashing or encrypting an address;
 * each use initialises or resets the object anyway, so a thread can reuse its own.
 */
public final class PerThread {

    private PerThread() {
    }

    /** How to make one: a JCA look-up by an algorithm name every JDK has. */
    public interface JcaLookup<T> {
        T make() throws GeneralSecurityException;
    }

    public static <T> ThreadLocal<T> jca(JcaLookup<T> lookup) {
        return ThreadLocal.withInitial(() -> {
            try {
                return lookup.make();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("An algorithm every JDK has is missing", e);
            }
        });
    }
}
