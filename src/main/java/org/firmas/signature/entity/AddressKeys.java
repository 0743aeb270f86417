package org.firmas.signature.entity;

/** The keyed hashes stored beside an encrypted address: of the address, and of its domain. */
public record AddressKeys(String address, String domain) {
}
