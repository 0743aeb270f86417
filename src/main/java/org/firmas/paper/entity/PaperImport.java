package org.firmas.paper.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One imported file of typed-up sheets, the record of who imported it and what it held (never its
 * signers), and of who undid it.
 */
@Entity
@Table(name = "paper_import")
@NamedQuery(name = PaperImport.OF_CAMPAIGN,
        query = "select p from PaperImport p where p.campaignId = :campaignId order by p.importedAt desc, p.id desc")
@NamedQuery(name = PaperImport.STANDING_WITH_CHECKSUM,
        query = "select p from PaperImport p where p.campaignId = :campaignId and p.sha256 = :sha256 and p.undoneAt is null")
public class PaperImport {

    public static final String OF_CAMPAIGN = "PaperImport.ofCampaign";
    public static final String STANDING_WITH_CHECKSUM = "PaperImport.standingWithChecksum";
    /** The width of the text columns that list events, collectors and sheet codes. */
    static final int LIST_WIDTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "paper_import_seq")
    @SequenceGenerator(name = "paper_import_seq", sequenceName = "paper_import_seq", allocationSize = 10)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private long campaignId;

    @Column(name = "file_sha256", nullable = false)
    private String sha256;

    @Column(name = "rows_imported", nullable = false)
    private int rowsImported;

    @Column(nullable = false)
    private int duplicates;

    @Column(nullable = false)
    private String events;

    @Column(nullable = false)
    private String collectors;

    @Column(name = "sheet_codes", nullable = false)
    private String sheetCodes;

    @Column(name = "imported_by", nullable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "undone_by")
    private String undoneBy;

    @Column(name = "undone_at")
    private Instant undoneAt;

    @Column(name = "undone_rows")
    private Integer undoneRows;

    protected PaperImport() {
    }

    public PaperImport(long campaignId, PaperImportPreview preview, String importedBy, Instant importedAt) {
        this.campaignId = campaignId;
        this.sha256 = preview.sha256();
        this.rowsImported = preview.toImport().size();
        this.duplicates = preview.duplicates().size();
        this.events = list(preview.events());
        this.collectors = list(preview.collectors());
        this.sheetCodes = list(preview.sheetCodes());
        this.importedBy = importedBy;
        this.importedAt = importedAt;
    }

    /** One item a line, cut at the column's width (a file of many events keeps the first ones). */
    private static String list(java.util.List<String> items) {
        String joined = String.join("\n", items);
        return joined.length() <= LIST_WIDTH ? joined : joined.substring(0, LIST_WIDTH - 1) + "…";
    }

    public void undo(String by, Instant at, int removedRows) {
        undoneBy = by;
        undoneAt = at;
        undoneRows = removedRows;
    }

    public PastImport asPast() {
        return new PastImport(id, rowsImported, duplicates, lines(events), lines(collectors), lines(sheetCodes),
                importedBy, importedAt, undoneBy, undoneAt, undoneRows);
    }

    private static java.util.List<String> lines(String list) {
        return list.isEmpty() ? java.util.List.of() : java.util.List.of(list.split("\n"));
    }

    public boolean isUndone() {
        return undoneAt != null;
    }

    public Long getId() {
        return id;
    }

    public long getCampaignId() {
        return campaignId;
    }

    public String getSha256() {
        return sha256;
    }

    public int getRowsImported() {
        return rowsImported;
    }

    public int getDuplicates() {
        return duplicates;
    }

    public String getEvents() {
        return events;
    }

    public String getCollectors() {
        return collectors;
    }

    public String getSheetCodes() {
        return sheetCodes;
    }

    public String getImportedBy() {
        return importedBy;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getUndoneBy() {
        return undoneBy;
    }

    public Instant getUndoneAt() {
        return undoneAt;
    }

    public Integer getUndoneRows() {
        return undoneRows;
    }
}
