package org.firmas.organizer.boundary;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.firmas.campaign.boundary.CampaignFiles;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignStatus;
import org.firmas.campaign.entity.Contact;
import org.firmas.campaign.entity.DeliveryPolicy;
import org.firmas.campaign.entity.SignerFields;
import org.firmas.campaign.entity.Target;
import org.firmas.platform.Languages;

/**
 * Everything a campaign file says, as the edit form holds it. It turns itself into campaign-file
 * text; the parser then checks that text exactly as it checks a file.
 */
public class CampaignForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String slug;
    private String goal = "1000";
    private String deadline;
    private String timeZone = CampaignDefinition.DEFAULT_TIME_ZONE.getId();
    private final Map<String, TextsForm> texts = new LinkedHashMap<>();
    private final List<TargetRow> targets = new ArrayList<>();
    private String everySignatures = "100";
    private String everyHours = "24";
    private boolean finalBatch = true;
    private boolean phone;
    private boolean comment;
    private String areasCsv;
    /** Kept from the file the campaign came from: the form has no field for it, and an edit must not lose it. */
    private long finalSignatures;
    private String contactName;
    private String contactEmail;
    /** Milestones, with one blank row to add another; blank rows are left out. */
    private final List<MilestoneRow> milestones = new ArrayList<>(List.of(new MilestoneRow()));
    /** Partners, with one blank row to add another; blank rows are left out. */
    private final List<PartnerRow> partners = new ArrayList<>(List.of(new PartnerRow()));
    /** The sites that may frame the sign form, one per line; the parser judges each. */
    private String embedOrigins;

    public CampaignForm() {
        Languages.all().forEach(language -> texts.put(language, new TextsForm()));
        targets.add(new TargetRow());
    }

    static CampaignForm of(CampaignDefinition definition, String areasCsv) {
        CampaignForm form = new CampaignForm();
        form.slug = definition.slug();
        form.goal = Long.toString(definition.goal());
        form.deadline = definition.deadline() == null ? null : definition.deadline().toString();
        form.timeZone = definition.timeZone().getId();
        definition.texts().forEach((language, texts) -> form.texts.put(language, TextsForm.of(texts)));
        form.targets.clear();
        for (Target target : definition.targets()) {
            form.targets.add(new TargetRow(target.name(), target.title(), target.email(), target.area(), target.language()));
        }
        form.everySignatures = Integer.toString(definition.delivery().everySignatures());
        form.everyHours = Long.toString(definition.delivery().every().toHours());
        form.finalBatch = definition.delivery().finalBatch();
        form.phone = definition.fields().phone();
        form.comment = definition.fields().comment();
        form.areasCsv = areasCsv;
        form.finalSignatures = definition.finalSignatures();
        if (definition.contact() != null) {
            form.contactName = definition.contact().name();
            form.contactEmail = definition.contact().email();
        }
        form.milestones.clear();
        definition.milestones().forEach(milestone -> form.milestones.add(MilestoneRow.of(milestone)));
        form.milestones.add(new MilestoneRow());
        form.partners.clear();
        definition.partners().forEach(partner -> form.partners.add(PartnerRow.of(partner)));
        form.partners.add(new PartnerRow());
        form.embedOrigins = String.join("\n", definition.embedOrigins());
        return form;
    }

    /** Campaign-file text for this form with the given status; call only when {@link CampaignFormCheck} found nothing. */
    String toYaml(String slugToUse, CampaignStatus status) {
        Map<String, org.firmas.campaign.entity.CampaignTexts> byLanguage = new LinkedHashMap<>();
        offeredTexts().forEach((language, form) -> byLanguage.put(language, form.toTexts()));
        List<Target> officials = targets.stream()
                .filter(row -> !isBlankRow(row))
                .map(row -> new Target(TextsForm.clean(row.getName()), TextsForm.clean(row.getTitle()),
                        TextsForm.clean(row.getEmail()), blankToNull(row.getArea()), row.getLanguage() == null ? Languages.defaultLanguage() : row.getLanguage()))
                .toList();
        CampaignDefinition definition = new CampaignDefinition(slugToUse, status, number(goal),
                deadline == null || deadline.isBlank() ? null : LocalDate.parse(deadline.strip()), zone(), byLanguage, officials,
                new DeliveryPolicy((int) number(everySignatures), Duration.ofHours(number(everyHours)), finalBatch),
                new SignerFields(phone, comment), Map.of(), hasContact() ? contact() : null, finalSignatures,
                milestones.stream().filter(row -> !row.isBlank()).map(MilestoneRow::toMilestone).toList(),
                partners.stream().filter(row -> !row.isBlank()).map(PartnerRow::toPartner).toList(), embedOriginLines());
        return CampaignFiles.text(definition, hasAreas());
    }

    /** A blank zone is the default one; {@link CampaignFormCheck} has refused an unknown one. */
    ZoneId zone() {
        return blankToNull(timeZone) == null ? CampaignDefinition.DEFAULT_TIME_ZONE : ZoneId.of(timeZone.strip());
    }

    /** A contact is optional: both fields blank leave the organization's own contact in the mails. */
    boolean hasContact() {
        return blankToNull(contactName) != null || blankToNull(contactEmail) != null;
    }

    private Contact contact() {
        return new Contact(TextsForm.clean(contactName), TextsForm.clean(contactEmail));
    }

    private List<String> embedOriginLines() {
        return embedOrigins == null ? List.of() : embedOrigins.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    boolean hasAreas() {
        return areasCsv != null && !areasCsv.isBlank();
    }

    static boolean isBlankRow(TargetRow row) {
        return blankToNull(row.getName()) == null && blankToNull(row.getTitle()) == null && blankToNull(row.getEmail()) == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A whole number written with optional underscores, or -1. */
    static long number(String value) {
        if (value == null || !value.strip().replace("_", "").matches("\\d{1,12}")) {
            return -1;
        }
        return Long.parseLong(value.strip().replace("_", ""));
    }

    public List<MilestoneRow> getMilestones() {
        return milestones;
    }

    public List<PartnerRow> getPartners() {
        return partners;
    }

    public void addPartner() {
        partners.add(new PartnerRow());
    }

    public void addMilestone() {
        milestones.add(new MilestoneRow());
    }

    public void addTarget() {
        targets.add(new TargetRow());
    }

    public void removeTarget(int index) {
        if (index >= 0 && index < targets.size() && targets.size() > 1) {
            targets.remove(index);
        }
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /**
     * The texts of the languages the campaign is offered in: the default language's always, another
     * language's only where the organizer wrote any of them.
     */
    Map<String, TextsForm> offeredTexts() {
        Map<String, TextsForm> offered = new LinkedHashMap<>();
        texts.forEach((language, form) -> {
            if (language.equals(Languages.defaultLanguage()) || !form.isBlank()) {
                offered.put(language, form);
            }
        });
        return offered;
    }

    /** Each language's texts, by code, for the form's fields. */
    public Map<String, TextsForm> getTexts() {
        return texts;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public String getEverySignatures() {
        return everySignatures;
    }

    public void setEverySignatures(String everySignatures) {
        this.everySignatures = everySignatures;
    }

    public String getEveryHours() {
        return everyHours;
    }

    public void setEveryHours(String everyHours) {
        this.everyHours = everyHours;
    }

    public boolean isFinalBatch() {
        return finalBatch;
    }

    public void setFinalBatch(boolean finalBatch) {
        this.finalBatch = finalBatch;
    }

    public boolean isPhone() {
        return phone;
    }

    public void setPhone(boolean phone) {
        this.phone = phone;
    }

    public boolean isComment() {
        return comment;
    }

    public void setComment(boolean comment) {
        this.comment = comment;
    }

    public String getAreasCsv() {
        return areasCsv;
    }

    public void setAreasCsv(String areasCsv) {
        this.areasCsv = areasCsv;
    }

    public String getEmbedOrigins() {
        return embedOrigins;
    }

    public void setEmbedOrigins(String embedOrigins) {
        this.embedOrigins = embedOrigins;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }
}
