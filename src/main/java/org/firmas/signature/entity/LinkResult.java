package org.firmas.signature.entity;

/** What following a confirm or withdraw link achieved; pages switch on it. */
public sealed interface LinkResult {

    /** Done now, or done before: both read the same to the supporter, and count once. */
    record Done(long campaignId) implements LinkResult {
    }

    record Expired(long campaignId) implements LinkResult {
    }

    record Unknown() implements LinkResult {
    }
}
