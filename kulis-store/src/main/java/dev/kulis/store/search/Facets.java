package dev.kulis.store.search;

import java.util.List;

/** The facet names of the archive, as the API and the UI spell them. */
public final class Facets {
    public static final String PERSON = "person";
    public static final String ORGANIZATION = "organization";
    public static final String PLACE = "place";
    public static final String OFFICE = "office";
    public static final String PARTY = "party";
    public static final String SPEAKER = "speaker";
    public static final String CITY = "city";
    public static final String AGENCY = "agency";
    public static final String CATEGORY = "category";
    /** Year and month of the article's date ({@code 2019-01}). */
    public static final String MONTH = "month";

    public static final List<String> NAMES =
            List.of(PERSON, ORGANIZATION, PLACE, OFFICE, PARTY, SPEAKER, CITY, AGENCY, CATEGORY, MONTH);

    private Facets() {
    }
}
