package dev.kulis.store.registry;

import java.util.List;

/**
 * One real-world entity of the archive.
 *
 * @param id       stable archive-wide id (the same entity keeps it across ingests)
 * @param type     PERSON, ORGANIZATION or LOCATION
 * @param name     its fullest name
 * @param aliases  other forms it was named by (surname alone, acronym, …)
 * @param articles number of articles that mention it
 */
public record EntitySummary(String id, String type, String name, List<String> aliases, long articles) {
    public EntitySummary {
        aliases = List.copyOf(aliases);
    }
}
