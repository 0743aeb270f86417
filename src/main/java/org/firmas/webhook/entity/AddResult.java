package org.firmas.webhook.entity;

/** What adding an endpoint came to; the secret of an added one is shown this once. */
public sealed interface AddResult {

    record Added(long id, String secret) implements AddResult {
    }

    /** Not an absolute https address (http only where private addresses are allowed). */
    record BadUrl() implements AddResult {
    }

    /** The host resolves to an address inside the server's own networks. */
    record PrivateAddress() implements AddResult {
    }

    /** The host does not resolve. */
    record UnknownHost() implements AddResult {
    }

    record NoEvents() implements AddResult {
    }
}
