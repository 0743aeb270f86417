package org.firmas.campaign.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.firmas.campaign.entity.Campaign;

/**
 * The campaigns being served right now, by slug. Reads are lock-free map lookups because every
 * page view asks; the file watcher replaces entries as definitions change.
 */
@ApplicationScoped
public class CampaignCatalog {

    private final Map<String, Campaign> bySlug = new ConcurrentHashMap<>();

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

    public void put(Campaign campaign) {
        bySlug.put(campaign.slug(), campaign);
    }

    public void retainOnly(java.util.Set<String> slugs) {
        bySlug.keySet().retainAll(slugs);
    }
}
