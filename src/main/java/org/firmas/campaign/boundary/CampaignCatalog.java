package org.firmas.campaign.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.firmas.campaign.entity.Campaign;
import org.firmas.campaign.entity.CampaignRecord.Source;

/**
 * The campaigns being served right now, by slug. Reads are lock-free map lookups because every
 * page view asks. Two sources fill it: the file watcher keeps the {@code FILE} campaigns in step
 * with the folder, the console loader the {@code CONSOLE} ones with the database; each removes
 * only its own.
 */
@ApplicationScoped
public class CampaignCatalog {

    private final Map<String, Campaign> bySlug = new ConcurrentHashMap<>();
    private final Map<String, Source> sources = new ConcurrentHashMap<>();

    /** A campaign the public may see: drafts are invisible. */
    public Optional<Campaign> findPublic(String slug) {
        return find(slug).filter(campaign -> campaign.definition().status().isPublic());
    }

    public Optional<Campaign> find(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(bySlug.get(slug));
    }

    public Optional<Campaign> findById(long id) {
        return bySlug.values().stream().filter(campaign -> campaign.id() == id).findFirst();
    }

    public List<Campaign> all() {
        return bySlug.values().stream().sorted(Comparator.comparing(Campaign::slug)).toList();
    }

    public List<Campaign> allPublic() {
        return all().stream().filter(campaign -> campaign.definition().status().isPublic()).toList();
    }

    /** Where the campaign's definition lives; FILE campaigns are read-only in the console. */
    public Optional<Source> sourceOf(String slug) {
        return Optional.ofNullable(sources.get(slug));
    }

    public void put(Campaign campaign, Source source) {
        sources.put(campaign.slug(), source);
        bySlug.put(campaign.slug(), campaign);
    }

    public void remove(String slug) {
        bySlug.remove(slug);
        sources.remove(slug);
    }

    /** Drops the campaigns of this source that are not among the slugs; the other source's stay. */
    public void retain(Source source, Set<String> slugs) {
        for (Map.Entry<String, Source> entry : sources.entrySet()) {
            if (entry.getValue() == source && !slugs.contains(entry.getKey())) {
                remove(entry.getKey());
            }
        }
    }
}
