package org.firmas.mydata.entity;

/** What a "my data" link turned out to be when it was opened or used. */
public sealed interface LinkState {

    /** Works: the keyed hash of the address it was mailed to. */
    record Open(String emailKey) implements LinkState {
    }

    /** Its hour is over. */
    record Expired() implements LinkState {
    }

    /** Never issued, malformed, ended by its owner, or used up by erasing everything. */
    record Unknown() implements LinkState {
    }
}
