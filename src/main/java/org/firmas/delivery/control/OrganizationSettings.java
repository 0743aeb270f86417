package org.firmas.delivery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.Contact;
import org.firmas.platform.brand.Brand;

/**
 * Who officials hear from: the organization's name, and whom they can answer. A campaign's own
 * contact comes first; the organization-wide settings stand in for campaigns that name none.
 * Every address here is an organizer's, never a supporter's.
 */
@ApplicationScoped
public class OrganizationSettings {

    @Inject
    @ConfigProperty(name = "firmas.reply-to")
    Optional<String> replyTo;

    @Inject
    @ConfigProperty(name = "firmas.contact.name")
    Optional<String> contactName;

    @Inject
    @ConfigProperty(name = "firmas.contact.email")
    Optional<String> contactEmail;

    @Inject
    Brand brand;

    /** The site's name ({@link Brand}): FIRMAS_ORGANIZATION_NAME, the site settings, the name in FIRMAS_MAIL_FROM, else Firmas. */
    public String name() {
        return brand.getName();
    }

    /** The campaign's contact, else FIRMAS_CONTACT_NAME and FIRMAS_CONTACT_EMAIL (or FIRMAS_REPLY_TO); empty when none is set. */
    public Optional<Contact> contactFor(CampaignDefinition campaign) {
        return campaign.contact() != null ? Optional.of(campaign.contact()) : siteContact();
    }

    /** FIRMAS_CONTACT_NAME and FIRMAS_CONTACT_EMAIL (or FIRMAS_REPLY_TO), the whole site's; empty when none is set. */
    public Optional<Contact> siteContact() {
        Optional<String> email = set(contactEmail).or(() -> set(replyTo));
        if (set(contactName).isEmpty() && email.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Contact(set(contactName).orElseGet(this::name), email.orElse(null)));
    }

    /** Where an official's answer goes: the campaign's contact, else FIRMAS_REPLY_TO, else FIRMAS_CONTACT_EMAIL. */
    public Optional<String> replyToFor(CampaignDefinition campaign) {
        if (campaign.contact() != null) {
            return Optional.of(campaign.contact().email());
        }
        return set(replyTo).or(() -> set(contactEmail));
    }

    /** The organization-wide addresses, for the start-up check. */
    Optional<String> configuredReplyTo() {
        return set(replyTo);
    }

    Optional<String> configuredContactEmail() {
        return set(contactEmail);
    }

    private static Optional<String> set(Optional<String> value) {
        return value.map(String::strip).filter(text -> !text.isEmpty());
    }
}
