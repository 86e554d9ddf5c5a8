package dev.kulis.model;

import java.util.List;

/**
 * What the wire header and layout say about an article. Every field may be null (or empty) when the
 * source does not state it.
 *
 * @param date          ISO 8601 at the precision the source gives ({@code 2019-01}, {@code 2019-11-26})
 * @param datePrecision {@code year}, {@code month} or {@code day}
 * @param byline        the reporter's name in title case ({@code Umut Karakoyun})
 * @param city          the dateline city in title case ({@code İzmir})
 * @param agency        the news agency ({@code AA}, {@code DHA}, …), null for an empty {@code ()}
 * @param media         media markers normalised ({@code photo}, {@code video}, …)
 * @param mediaMarker   the marker as written ({@code FOTOĞRAFLI})
 * @param source        where the article was read from (file path, JSON Lines line), for tracing
 */
public record Metadata(String date, String datePrecision, String byline, String city, String agency,
                       String headline, String lead, List<String> subheadings, List<String> media,
                       String mediaMarker, String category, String url, String source) {
    public Metadata {
        subheadings = subheadings == null ? List.of() : List.copyOf(subheadings);
        media = media == null ? List.of() : List.copyOf(media);
    }

    public static Metadata empty() {
        return new Metadata(null, null, null, null, null, null, null, List.of(), List.of(), null, null, null, null);
    }

    public Metadata withSource(String s) {
        return new Metadata(date, datePrecision, byline, city, agency, headline, lead, subheadings, media,
                mediaMarker, category, url, s);
    }

    public Metadata withCategory(String c) {
        return new Metadata(date, datePrecision, byline, city, agency, headline, lead, subheadings, media,
                mediaMarker, c, url, source);
    }

    public Metadata withUrl(String u) {
        return new Metadata(date, datePrecision, byline, city, agency, headline, lead, subheadings, media,
                mediaMarker, category, u, source);
    }
}
