package org.firmas.delivery.entity;

import java.util.Locale;

/**
 * The kinds of public page the build's page audits load (PagesPassAuditsIT), as the accessibility
 * statement names them, in this order. One list for both: the audit checks that it loads one page
 * of each kind and names each page it loads, so the statement cannot promise more or less.
 */
public enum CheckedPage {
    CAMPAIGNS, CAMPAIGN, THANKS, PARTNER_FORM, CONFIRM, UNSUBSCRIBE, MY_DATA_REQUEST, MY_DATA, MY_DATA_ERASE, STATEMENT;

    /** Its name in the statement's bundle. */
    public String messageKey() {
        return "accessibility.page." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
