package org.firmas.organizer.boundary;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.firmas.campaign.entity.Partner;

/** One partner as the edit form holds it: its key, name, website, logo path and opt-in texts as typed. */
public class PartnerRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String name;
    private String website;
    private String logo;
    /** Typed opt-in texts by language; the form binds one input per language to its entry. */
    private final Map<String, String> optIn = new LinkedHashMap<>();

    static PartnerRow of(Partner partner) {
        PartnerRow row = new PartnerRow();
        row.key = partner.key();
        row.name = partner.name();
        row.website = partner.website();
        row.logo = partner.logo();
        row.optIn.putAll(partner.optIn());
        return row;
    }

    boolean isBlank() {
        return blank(key) && blank(name) && blank(website) && blank(logo) && optIn.values().stream().allMatch(PartnerRow::blank);
    }

    /** Call only when {@link CampaignFormCheck} found nothing; the parser judges the website and logo. */
    Partner toPartner() {
        return new Partner(TextsForm.clean(key), TextsForm.clean(name), blank(logo) ? null : logo.strip(),
                TextsForm.clean(website), TextsForm.written(optIn));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getLogo() {
        return logo;
    }

    public void setLogo(String logo) {
        this.logo = logo;
    }

    public Map<String, String> getOptIn() {
        return optIn;
    }
}
