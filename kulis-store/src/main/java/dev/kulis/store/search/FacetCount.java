package dev.kulis.store.search;

/** A facet value and the number of matching articles that have it. */
public record FacetCount(String value, long count) {
}
