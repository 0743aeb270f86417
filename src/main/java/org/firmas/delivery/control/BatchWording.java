package org.firmas.delivery.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.firmas.campaign.entity.Contact;
import org.firmas.campaign.entity.Target;

/**
 * The sentences of one official's batch mail, in the official's language, from the bundle: the
 * subject, the opening (a final delivery says so), the counts, and who to answer. Counts are
 * formatted for that language and each says whose signatures it counts: this delivery's, the
 * area's, or the whole petition's.
 */
final class BatchWording {

    /** The outbox column's width. */
    private static final int MAX_SUBJECT = 300;

    private final MailText words;
    private final Target target;
    private final String title;
    private final BatchFigures figures;
    private final boolean finalBatch;
    private final BatchOrigin origin;

    BatchWording(Target target, String title, BatchFigures figures, boolean finalBatch, BatchOrigin origin) {
        this.words = new MailText(target.language());
        this.target = target;
        this.title = title;
        this.figures = figures;
        this.finalBatch = finalBatch;
        this.origin = origin;
    }

    MailText words() {
        return words;
    }

    String subject() {
        String subject;
        if (finalBatch) {
            subject = target.area() == null
                    ? words.get("mail.batch.finalSubject", title, figures.total())
                    : words.get("mail.batch.finalSubjectArea", title, figures.areaTotal(), target.area());
        } else {
            subject = target.area() == null
                    ? words.get("mail.batch.subject", title, figures.newSigners())
                    : words.get("mail.batch.subjectArea", title, figures.newSigners(), target.area());
        }
        return subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT - 1) + "…";
    }

    /** "Petition delivery · Juntos": the first thing the HTML mail shows. */
    String kicker() {
        return words.get(finalBatch ? "mail.batch.finalKicker" : "mail.batch.kicker", origin.organization());
    }

    String greeting() {
        return words.get("mail.batch.greeting", target.name());
    }

    String opening() {
        return words.get(finalBatch ? "mail.batch.finalOpening" : "mail.batch.opening", origin.organization(), title);
    }

    List<String> figureLines() {
        List<String> lines = new ArrayList<>();
        if (target.area() == null) {
            lines.add(words.get("mail.batch.newInDelivery", figures.newSigners()));
            lines.add(words.get("mail.batch.inAll", figures.total()));
        } else {
            lines.add(words.get("mail.batch.newFromAreaInDelivery", figures.newSigners(), target.area()));
            lines.add(words.get("mail.batch.fromAreaInAll", figures.areaTotal(), target.area()));
            lines.add(words.get("mail.batch.wholePetition", figures.total()));
        }
        return lines;
    }

    /** Whom to answer, with the contact's address written as {@code address} (the HTML mail links it). */
    String contactSentence(String address) {
        Optional<Contact> contact = origin.contact();
        if (contact.isEmpty()) {
            return words.get("mail.batch.reply");
        }
        return contact.get().email() == null
                ? words.get("mail.batch.replyToName", contact.get().name())
                : words.get("mail.batch.replyOrWrite", contact.get().name(), address);
    }

    Optional<String> contactEmail() {
        return origin.contact().map(Contact::email);
    }

    /** The contact's name, signed over the organization's; none when it is the organization's. */
    Optional<String> signOffName() {
        return origin.contact().map(Contact::name).filter(name -> !name.equals(origin.organization()));
    }
}
