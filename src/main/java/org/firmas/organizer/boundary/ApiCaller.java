package org.firmas.organizer.boundary;

/** Who is behind an API request: the key, its account and whether an admin trusts the key to vouch for its signers. */
public record ApiCaller(long keyId, long accountId, boolean admin, boolean trusted) {
}
