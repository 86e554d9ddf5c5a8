package dev.kulis.model;

/** A reference to an entity of the article by its id, with its name for readers of the JSON. */
public record EntityRef(String entity, String name) {
}
