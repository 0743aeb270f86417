package org.firmas.testsupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** A supporter whose every detail is a string found nowhere else, so a log can be searched for each. */
public record MarkedSupporter(String firstName, String lastName, String email, String phone, String comment) {

    public static MarkedSupporter named(String role) {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String digits = String.valueOf(1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
        return new MarkedSupporter("Zorvath" + id, "Quillmoor" + role + id, "marker." + id + "@privacy.example.net",
                "+1 215 " + digits, "Comment" + id + " about the campaign");
    }

    public SignatureForm form() {
        return SignatureForm.valid().with("firstName", firstName).with("lastName", lastName).withEmail(email)
                .with("phone", phone).with("comment", comment);
    }

    /** Each detail, and the forms a log line might quote it in. */
    public List<String> markers() {
        String localPart = email.substring(0, email.indexOf('@'));
        String phoneDigits = phone.replaceAll("\\D", "");
        return List.of(firstName, lastName, email, localPart, URLEncoder.encode(email, StandardCharsets.UTF_8),
                phone, phoneDigits, phoneDigits.substring(4), comment.substring(0, comment.indexOf(' ')));
    }
}
