package org.firmas.campaign.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.firmas.campaign.entity.BrokenCampaignFile;

/**
 * The campaign files this node last found broken, for the console: the log alone is read by
 * whoever runs the server, not by the organizer who edited the file. Kept in step by the file
 * watcher; a file fixed or removed leaves the list at the next look.
 */
@ApplicationScoped
public class CampaignFileReports {

    private final Map<String, BrokenCampaignFile> bySlug = new ConcurrentHashMap<>();

    public List<BrokenCampaignFile> broken() {
        return bySlug.values().stream().sorted(Comparator.comparing(BrokenCampaignFile::slug)).toList();
    }

    public Optional<BrokenCampaignFile> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public void broken(BrokenCampaignFile file) {
        bySlug.put(file.slug(), file);
    }

    public void fine(String slug) {
        bySlug.remove(slug);
    }

    /** Forgets the files that are no longer in the folder. */
    public void retain(Set<String> slugs) {
        bySlug.keySet().retainAll(slugs);
    }
}
