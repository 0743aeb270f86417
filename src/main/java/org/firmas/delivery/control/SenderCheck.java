package org.firmas.delivery.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Fails the deployment, before any mail can leave, when the sender settings would reach a real
 * mail server as an unanswerable sender ({@link SenderRule}). The log says why in one line; a node
 * started through StartNode then exits with status 1.
 */
@Startup
@Singleton
public class SenderCheck {

    private static final Logger LOG = Logger.getLogger(SenderCheck.class.getName());

    @Inject
    MailSettings mail;

    @Inject
    OrganizationSettings organization;

    @PostConstruct
    void check() {
        SenderRule.refusal(mail.usesSmtp(), mail.configuredSender(), organization.configuredReplyTo(),
                organization.configuredContactEmail()).ifPresent(reason -> {
                    LOG.severe(reason);
                    throw new IllegalStateException(reason);
                });
    }
}
