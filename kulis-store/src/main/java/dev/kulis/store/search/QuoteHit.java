package dev.kulis.store.search;

/**
 * One quote of the archive.
 *
 * @param speaker  the speaker as archive entity ({@code entity} is the registry id) or null when unattributed
 * @param article  id of the article; {@code start}/{@code end} are offsets into that article's text
 */
public record QuoteHit(String text, String kind, Speaker speaker, String cue, String article, String headline,
                       String date, int start, int end) {

    /** @param entity the archive-wide entity id (registry), {@code name} the entity's name */
    public record Speaker(String entity, String name) {
    }
}
