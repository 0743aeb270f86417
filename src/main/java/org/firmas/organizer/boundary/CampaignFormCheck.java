package org.firmas.organizer.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.firmas.campaign.entity.SigningSources;
import org.firmas.campaign.entity.TimeZones;
import org.firmas.platform.EmailSyntax;
import org.firmas.platform.Languages;
import org.firmas.platform.PlainTextValidator;

/** The edit form's own checks, each answered with a message in the organizer's language. */
final class CampaignFormCheck {

    /** A field the form cannot accept, with the message key that explains it. */
    record Problem(String input, String messageKey) {
    }

    private static final long MAX_MILESTONE = 100_000_000L;

    private CampaignFormCheck() {
    }

    /**
     * What the form can tell in the organizer's language before the parser checks the text: empty
     * required fields, unreadable numbers and dates, malformed addresses. The parser still has the
     * last word (lengths, areas).
     */
    static List<Problem> problems(CampaignForm form) {
        List<Problem> problems = new ArrayList<>();
        form.offeredTexts().forEach((language, texts) -> {
            requireText(problems, "title_" + language, texts.getTitle());
            requireText(problems, "summary_" + language, texts.getSummary());
            requireText(problems, "body_" + language, texts.getBody());
            requireText(problems, "petition_" + language, texts.getPetition());
            oneLine(problems, "title_" + language, texts.getTitle());
            oneLine(problems, "summary_" + language, texts.getSummary());
            multiLine(problems, "body_" + language, texts.getBody());
            multiLine(problems, "petition_" + language, texts.getPetition());
            multiLine(problems, "privacy_" + language, texts.getPrivacy());
        });
        List<TargetRow> officials = form.getTargets().stream().filter(row -> !CampaignForm.isBlankRow(row)).toList();
        if (officials.isEmpty()) {
            problems.add(new Problem("targets:0:name", "organize.edit.oneTarget"));
        }
        for (int i = 0; i < form.getTargets().size(); i++) {
            TargetRow row = form.getTargets().get(i);
            if (CampaignForm.isBlankRow(row)) {
                continue;
            }
            requireText(problems, "targets:" + i + ":name", row.getName());
            requireText(problems, "targets:" + i + ":officeTitle", row.getTitle());
            oneLine(problems, "targets:" + i + ":name", row.getName());
            oneLine(problems, "targets:" + i + ":officeTitle", row.getTitle());
            oneLine(problems, "targets:" + i + ":area", row.getArea());
            if (!EmailSyntax.isValid(TextsForm.clean(row.getEmail()))) {
                problems.add(new Problem("targets:" + i + ":email", "organize.edit.email"));
            }
        }
        if (form.hasContact()) {
            requireText(problems, "contactName", form.getContactName());
            oneLine(problems, "contactName", form.getContactName());
            if (!EmailSyntax.isValid(TextsForm.clean(form.getContactEmail()))) {
                problems.add(new Problem("contactEmail", "organize.edit.email"));
            }
        }
        if (CampaignForm.number(form.getGoal()) < 0) {
            problems.add(new Problem("goal", "organize.edit.wholeNumber"));
        }
        if (CampaignForm.number(form.getEverySignatures()) < 0 || CampaignForm.number(form.getEverySignatures()) > Integer.MAX_VALUE) {
            problems.add(new Problem("everySignatures", "organize.edit.wholeNumber"));
        }
        if (CampaignForm.number(form.getEveryHours()) < 0) {
            problems.add(new Problem("everyHours", "organize.edit.wholeNumber"));
        }
        milestones(form, problems);
        partners(form, problems);
        String deadline = form.getDeadline();
        if (deadline != null && !deadline.isBlank()) {
            try {
                LocalDate.parse(deadline.strip());
            } catch (DateTimeParseException e) {
                problems.add(new Problem("deadline", "organize.edit.date"));
            }
        }
        String zone = form.getTimeZone();
        if (zone != null && !zone.isBlank() && !TimeZones.isKnown(zone.strip())) {
            problems.add(new Problem("timeZone", "organize.edit.timeZoneUnknown"));
        }
        return problems;
    }

    /** Each milestone a count from 1 up, none twice; its messages are texts like the others. */
    private static void milestones(CampaignForm form, List<Problem> problems) {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < form.getMilestones().size(); i++) {
            MilestoneRow row = form.getMilestones().get(i);
            if (row.isBlank()) {
                continue;
            }
            long signatures = CampaignForm.number(row.getSignatures());
            if (signatures < 1 || signatures > MAX_MILESTONE) {
                problems.add(new Problem("milestones:" + i + ":signatures", "organize.edit.milestoneCount"));
            } else if (!seen.add(signatures)) {
                problems.add(new Problem("milestones:" + i + ":signatures", "organize.edit.milestoneTwice"));
            }
            for (String language : Languages.all()) {
                multiLine(problems, "milestones:" + i + ":message" + LanguageInput.idSuffix(language), row.getMessages().get(language));
            }
        }
    }

    /** Each partner with a name, a website and a key of its own that a link can carry; its texts like the others. */
    private static void partners(CampaignForm form, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < form.getPartners().size(); i++) {
            PartnerRow row = form.getPartners().get(i);
            if (row.isBlank()) {
                continue;
            }
            String key = TextsForm.clean(row.getKey());
            if (!SigningSources.SAFE.matcher(key).matches() || SigningSources.RESERVED.contains(key)) {
                problems.add(new Problem("partners:" + i + ":key", "organize.edit.partnerKeyRule"));
            } else if (!seen.add(key)) {
                problems.add(new Problem("partners:" + i + ":key", "organize.edit.partnerTwice"));
            }
            requireText(problems, "partners:" + i + ":name", row.getName());
            oneLine(problems, "partners:" + i + ":name", row.getName());
            if (!TextsForm.clean(row.getWebsite()).startsWith("https://")) {
                problems.add(new Problem("partners:" + i + ":website", "organize.edit.partnerWebsiteRule"));
            }
            String logo = TextsForm.clean(row.getLogo());
            if (!logo.isEmpty() && (!logo.startsWith("/") || logo.startsWith("//"))) {
                problems.add(new Problem("partners:" + i + ":logo", "organize.edit.partnerLogoRule"));
            }
            for (String language : Languages.all()) {
                oneLine(problems, "partners:" + i + ":optIn" + LanguageInput.idSuffix(language), row.getOptIn().get(language));
            }
        }
    }

    /** Titles and names reach mail subjects and headings: no line breaks, no invisible characters. */
    private static void oneLine(List<Problem> problems, String input, String value) {
        if (!PlainTextValidator.isOneLine(value)) {
            problems.add(new Problem(input, "organize.text.invisible"));
        }
    }

    private static void multiLine(List<Problem> problems, String input, String value) {
        if (!PlainTextValidator.isMultiLine(value)) {
            problems.add(new Problem(input, "organize.text.invisible"));
        }
    }

    private static void requireText(List<Problem> problems, String input, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(input, "organize.edit.required"));
        }
    }
}
