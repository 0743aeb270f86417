package org.firmas.mydata.entity;

/** What a supporter did through their link, as the audit records it (the database checks the list). */
public enum MyDataAction {
    LINK_SENT, VIEWED, WITHDREW, STOPPED_UPDATES, ERASED, LINK_ENDED
}
