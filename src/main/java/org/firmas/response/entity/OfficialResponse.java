package org.firmas.response.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** One official's answer to a campaign, as an organizer recorded it, with its translations by language. */
@Entity
@Table(name = "official_response")
@NamedQuery(name = OfficialResponse.OF_CAMPAIGN, query = "select r from OfficialResponse r where r.campaignId = :campaign "
        + "order by r.receivedOn desc, r.id desc")
public class OfficialResponse {

    public static final String OF_CAMPAIGN = "OfficialResponse.ofCampaign";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "official_response_seq")
    @SequenceGenerator(name = "official_response_seq", sequenceName = "official_response_seq", allocationSize = 10)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "target_email", nullable = false)
    private String targetEmail;

    @Column(name = "target_name", nullable = false)
    private String targetName;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(nullable = false)
    private String language;

    @Column(name = "original_text", nullable = false)
    private String originalText;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "official_response_translation", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "language")
    @Column(name = "translated_text", nullable = false)
    private Map<String, String> translations = new HashMap<>();

    @Column(name = "document_url")
    private String documentUrl;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected OfficialResponse() {
    }

    public OfficialResponse(long campaignId, Instant recordedAt) {
        this.campaignId = campaignId;
        this.recordedAt = recordedAt;
    }

    /** Takes what the organizer wrote, already checked. */
    public void write(ResponseText text) {
        this.targetEmail = text.targetEmail();
        this.targetName = text.targetName();
        this.receivedOn = text.receivedOn();
        this.language = text.language();
        this.originalText = text.text();
        translations.keySet().retainAll(text.translations().keySet());
        translations.putAll(text.translations());
        this.documentUrl = text.documentUrl();
    }

    public ResponseText text() {
        return new ResponseText(targetEmail, targetName, receivedOn, language, originalText, translations, documentUrl);
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }
}
