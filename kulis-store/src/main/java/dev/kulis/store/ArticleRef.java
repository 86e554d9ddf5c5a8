package dev.kulis.store;

/** A pointer to an article with what a list needs to show it. */
public record ArticleRef(String id, String headline, String date, String agency) {
}
