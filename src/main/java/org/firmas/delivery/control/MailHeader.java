package org.firmas.delivery.control;

import java.util.Map;
import org.firmas.platform.brand.Brand;

/** The band atop the HTML mails to supporters and officials: the organization's name on its primary colour. */
record MailHeader(String name, String colour) {

    static MailHeader of(Brand brand) {
        return new MailHeader(brand.getName(), brand.getPrimaryColour());
    }

    void fill(Map<String, Object> values) {
        values.put("headerName", name);
        values.put("headerColour", colour);
    }
}
