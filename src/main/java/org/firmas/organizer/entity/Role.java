package org.firmas.organizer.entity;

import java.util.Locale;

/** What an account may do. The lower-case name is the group the console login gives the caller and the web.xml role. */
public enum Role {
    /** Manages accounts and sees every campaign. */
    ADMIN,
    /** Manages the campaigns it owns. */
    ORGANIZER,
    /** Sees one campaign's figures for its own partner key and exports its own opted-in supporters. */
    PARTNER;

    public static final String ADMIN_NAME = "admin";
    public static final String ORGANIZER_NAME = "organizer";
    public static final String PARTNER_NAME = "partner";

    public String groupName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role ofGroup(String group) {
        return valueOf(group.toUpperCase(Locale.ROOT));
    }
}
