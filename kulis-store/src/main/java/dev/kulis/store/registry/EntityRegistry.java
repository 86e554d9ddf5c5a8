package dev.kulis.store.registry;

import dev.kulis.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * Resolves the entities of each article to stable archive-wide ids (SKELETON: contract only, implemented in the
 * registry work).
 *
 * <p>Contract: ids are stable (the same real-world entity gets the same id in every article and across ingests of
 * the same archive); mentions merge by normalised name and type, a bare surname or short form joins a full name
 * only with evidence (same office, party or co-mentioned entities), and two different people who share a surname are
 * never merged without it. Thread-safe. The registry's state can be rebuilt from what {@link #resolve} returned
 * (stored per article and re-learnt with {@link #learn}) or read from a snapshot ({@link #write}/{@link #read}).
 * {@link EntitySummary#articles()} may be 0 here: the store counts articles.
 */
public final class EntityRegistry {

    /** Archive-wide ids for {@code article.entities()}, same order and size (PERSON, ORGANIZATION, LOCATION get
     * ids; other types get null). Learns the article's names and aliases. */
    public List<String> resolve(Article article) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Re-learns a stored article with the ids {@link #resolve} gave it, when a snapshot is missing or stale. */
    public void learn(Article article, List<String> ids) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Writes the whole state (for a snapshot the store saves beside each index commit). */
    public void write(OutputStream out) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** Reads a state {@link #write} wrote. */
    public static EntityRegistry read(InputStream in) throws IOException {
        throw new UnsupportedOperationException("not yet");
    }

    /** The entity's fullest name, type and aliases as known now. */
    public Optional<EntitySummary> summary(String id) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Ids whose name or alias matches {@code name} in any form (suffixes, case, letters without Turkish
     * characters: {@code davutoglu} → Ahmet Davutoğlu), best match first. */
    public List<String> find(String name, int limit) {
        throw new UnsupportedOperationException("not yet");
    }
}
