package org.firmas.campaign.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.firmas.campaign.boundary.CampaignCatalog;
import org.firmas.campaign.boundary.CampaignFileReports;
import org.firmas.campaign.boundary.CampaignImages;
import org.firmas.campaign.boundary.CampaignsReadiness;
import org.firmas.campaign.entity.BrokenCampaignFile;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignDefinition;
import org.firmas.campaign.entity.CampaignRecord;
import org.firmas.campaign.entity.ImagePurpose;
import org.firmas.campaign.entity.ImageReference;
import org.firmas.platform.TimerBeat;

/**
 * Keeps the catalog in step with {@code campaigns/*.yaml}: loads them at start and looks again
 * every few seconds, so an edited file is live without a restart. A broken file is skipped and
 * each of its mistakes reported, in the log and to the console; every other campaign keeps
 * serving, and a campaign whose file breaks keeps its last good definition until the file is
 * fixed or removed. A removed file's campaign stops being served.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignFileWatcher {

    private static final Logger LOG = Logger.getLogger(CampaignFileWatcher.class.getName());

    @Inject
    @ConfigProperty(name = "firmas.campaigns.dir")
    String campaignsDir;

    @Inject
    @ConfigProperty(name = "firmas.campaigns.reload-seconds")
    long reloadSeconds;

    @Inject
    CampaignCatalog catalog;

    @Inject
    CampaignRows rows;

    @Inject
    CampaignFileReports reports;

    @Inject
    CampaignImages images;

    @Inject
    @Readiness
    CampaignsReadiness readiness;

    @Resource
    TimerService timers;

    private volatile String lastFingerprint = "";

    @PostConstruct
    void start() {
        reload();
        long interval = Math.max(1, reloadSeconds) * 1000;
        timers.createIntervalTimer(interval, interval, new TimerConfig(null, false));
    }

    @Timeout
    @Interceptors(TimerBeat.class)
    void onTimer() {
        reload();
    }

    /** Reads the folder again if anything in it changed since the last look. */
    public synchronized void reload() {
        Path dir = Path.of(campaignsDir);
        String fingerprint = fingerprint(dir);
        if (fingerprint.equals(lastFingerprint)) {
            readiness.filesRead();
            return;
        }
        lastFingerprint = fingerprint;
        Set<String> present = new HashSet<>();
        for (Path file : campaignFiles(dir)) {
            String slug = CampaignParser.slugOf(file.getFileName().toString());
            present.add(slug);
            try {
                CampaignDefinition definition = CampaignFileReader.read(file);
                if (rows.sourceOf(slug).orElse(CampaignRecord.Source.FILE) != CampaignRecord.Source.FILE) {
                    LOG.warning(() -> "Campaign file skipped: " + file.getFileName()
                            + ":1: the slug belongs to a campaign made in the organizer console");
                    continue;
                }
                long id = rows.idFor(definition.slug(), CampaignRecord.Source.FILE);
                catalog.put(new Campaign(id, definition), CampaignRecord.Source.FILE);
                adoptImage(ImagePurpose.HEADER, id, file, definition.image());
                adoptImage(ImagePurpose.SHARE, id, file, definition.shareImage());
                reports.fine(slug);
            } catch (CampaignFileException e) {
                report(slug, file, e);
            }
        }
        catalog.retain(CampaignRecord.Source.FILE, present);
        reports.retain(present);
        LOG.info(() -> "Campaigns loaded from " + dir.toAbsolutePath() + ": " + catalog.all().size());
        readiness.filesRead();
    }

    /** An image the file names; one that is no JPEG or PNG Firmas can show is logged and left out. */
    private void adoptImage(ImagePurpose purpose, long id, Path file, ImageReference reference) {
        if (reference == null) {
            return;
        }
        Path image = file.resolveSibling(reference.file());
        try {
            images.adoptFile(purpose, id, image, reference.altTexts()).ifPresent(refused -> LOG.warning(() ->
                    "Campaign image skipped: " + image.getFileName() + " of " + file.getFileName() + ": " + refused.reason()));
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Campaign image skipped: " + image.getFileName() + " of " + file.getFileName() + ": " + e);
        }
    }

    private void report(String slug, Path file, CampaignFileException failure) {
        boolean olderServed = catalog.sourceOf(slug).filter(CampaignRecord.Source.FILE::equals).isPresent();
        List<CampaignFileException> mistakes = failure.mistakes();
        LOG.warning(() -> "Campaign file skipped: " + file.getFileName() + " has " + mistakes.size()
                + (mistakes.size() == 1 ? " mistake" : " mistakes")
                + (olderServed ? "; its last good version is still served" : ""));
        mistakes.forEach(mistake -> LOG.warning(() -> "Campaign file mistake: " + mistake.getMessage()));
        reports.broken(new BrokenCampaignFile(slug, file.getFileName().toString(), mistakes.stream()
                .map(mistake -> new BrokenCampaignFile.Mistake(mistake.line(), mistake.field(), mistake.problem()))
                .toList(), olderServed));
    }

    private static List<Path> campaignFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.warning(() -> "Campaign folder not found: " + dir.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            LOG.warning(() -> "Cannot list campaign folder " + dir.toAbsolutePath() + ": " + e.getMessage());
            return List.of();
        }
    }

    private static String fingerprint(Path dir) {
        if (!Files.isDirectory(dir)) {
            return "missing";
        }
        StringBuilder fingerprint = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                fingerprint.append(file.getFileName()).append(':').append(attributes.size()).append(':')
                        .append(attributes.lastModifiedTime().toMillis()).append(';');
            }
        } catch (IOException e) {
            return "unreadable:" + System.nanoTime();
        }
        return fingerprint.toString();
    }
}
