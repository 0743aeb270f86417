package org.firmas.campaign.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
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
 * only its own. An open campaign whose deadline has passed is served closed from the moment it
 * passes, on every node and whether or not this node ran since ({@link DeadlineCloser} then closes
 * a console campaign's row too).
 */
@ApplicationScoped
public class CampaignCatalog {

    @Inject
    Clock clock = Clock.systemUTC();

    private final Map<String, Campaign> bySlug = new ConcurrentHashMap<>();
    private final Map<String, Source> sources = new ConcurrentHashMap<>();
    private final Map<String, ClosedCopy> closedAtDeadline = new ConcurrentHashMap<>();

    private record ClosedCopy(Campaign served, Campaign closed) {
    }

    /** A campaign the public may see: drafts are invisible. */
    public Optional<Campaign> findPublic(String slug) {
        return find(slug).filter(campaign -> campaign.definition().status().isPublic());
    }

    public Optional<Campaign> find(String slug) {
        return slug == null ? Optional.empty() : Optional.ofNullable(bySlug.get(slug)).map(this::asNow);
    }

    public Optional<Campaign> findById(long id) {
        return bySlug.values().stream().filter(campaign -> campaign.id() == id).findFirst().map(this::asNow);
    }

    public List<Campaign> all() {
        return bySlug.values().stream().map(this::asNow).sorted(Comparator.comparing(Campaign::slug)).toList();
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

    /**
     * The campaign closed once its deadline has passed. The same closed copy is returned for as long
     * as its source serves the same campaign, so pages keyed on the campaign's identity see one
     * change, not a new campaign at each request.
     */
    private Campaign asNow(Campaign served) {
        Instant now = clock.instant();
        if (!served.definition().pastDeadline(now)) {
            return served;
        }
        return closedAtDeadline.compute(served.slug(), (slug, closed) -> closed != null && closed.served() == served
                ? closed : new ClosedCopy(served, new Campaign(served.id(), served.definition().asOf(now)))).closed();
    }

    /** Campaigns their source still calls open though their deadline has passed; they are served closed. */
    public List<Campaign> openPastDeadline(Source source) {
        Instant now = clock.instant();
        return bySlug.values().stream()
                .filter(campaign -> sources.get(campaign.slug()) == source && campaign.definition().pastDeadline(now))
                .toList();
    }

    public void remove(String slug) {
        bySlug.remove(slug);
        closedAtDeadline.remove(slug);
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
