package org.firmas.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the GreenMail server has received, by recipient, and the links inside supporter mails. */
public final class Mailbox {

    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CONFIRM = Pattern.compile("/confirm/([A-Za-z0-9_-]{43})");
    private static final Pattern WITHDRAW = Pattern.compile("/withdraw/([A-Za-z0-9_-]{43})");

    private final TestSmtp smtp;

    public Mailbox(TestSmtp smtp) {
        this.smtp = smtp;
    }

    public List<ReceivedMail> to(String address) {
        return ReceivedMail.all(smtp.receivedMessages()).stream()
                .filter(mail -> mail.to().equalsIgnoreCase(address.strip()))
                .toList();
    }

    /** Waits until the address has received {@code count} mails, then returns them all. */
    public List<ReceivedMail> await(String address, int count) {
        return Eventually.await(MAIL_TIMEOUT, () -> to(address), mails -> mails.size() >= count);
    }

    public static String confirmToken(ReceivedMail mail) {
        return token(CONFIRM, mail);
    }

    public static String withdrawToken(ReceivedMail mail) {
        return token(WITHDRAW, mail);
    }

    public static boolean hasConfirmLink(ReceivedMail mail) {
        return CONFIRM.matcher(mail.text()).find();
    }

    private static String token(Pattern link, ReceivedMail mail) {
        Matcher matcher = link.matcher(mail.text());
        if (!matcher.find()) {
            throw new AssertionError("No link " + link + " in " + mail.text());
        }
        return matcher.group(1);
    }
}
