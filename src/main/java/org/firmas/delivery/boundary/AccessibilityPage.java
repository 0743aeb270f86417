package org.firmas.delivery.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.firmas.campaign.entity.Contact;
import org.firmas.delivery.control.OrganizationSettings;
import org.firmas.delivery.entity.CheckedPage;
import org.firmas.platform.Messages;

/**
 * The accessibility statement's changing parts: whom to tell about a barrier, the organization's
 * own contact, the one officials' mails name, kept here with the rest of the organization's mail
 * settings; and the pages the audits check, from the list the audits themselves are held to. The
 * statement's sentences are all in the bundles.
 */
@Named
@RequestScoped
public class AccessibilityPage {

    @Inject
    OrganizationSettings organization;

    @Inject
    @ConfigProperty(name = "firmas.accessibility.answer-days")
    Optional<Integer> answerDays;

    public List<CheckedPage> getCheckedPages() {
        return List.of(CheckedPage.values());
    }

    /** The contact to write to; null when the site has no contact address, and the page then says so. */
    public Contact getContact() {
        return organization.siteContact().filter(contact -> contact.email() != null).orElse(null);
    }

    /** How soon an answer comes, in the page's language; null unless FIRMAS_ACCESSIBILITY_ANSWER_DAYS is set. */
    public String getAnswerTime() {
        return answerDays.filter(days -> days > 0)
                .map(days -> Messages.format(FacesContext.getCurrentInstance().getViewRoot().getLocale(),
                        "accessibility.report.answer", days))
                .orElse(null);
    }
}
