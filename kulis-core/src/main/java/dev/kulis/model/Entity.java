package dev.kulis.model;

import java.util.List;

/** The mentions of one person, organisation or place within an article, named by its fullest form. */
public record Entity(String id, String type, String name, List<String> aliases, List<Mention> mentions) {
    public Entity {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }
}
