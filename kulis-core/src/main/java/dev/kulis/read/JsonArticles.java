package dev.kulis.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.wire.DateLine;
import dev.kulis.wire.WireDate;
import dev.kulis.wire.WireLexicon;
import dev.kulis.wire.WireParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns one JSON object into an article: {@code {"id","text", "metadata":{…}, …}}. The text is repaired
 * like decoded bytes ({@link TextRepair}); metadata comes from the {@code metadata} object and from
 * top-level fields ({@code category}, {@code url}, {@code date}, {@code headline}/{@code title},
 * {@code byline}, {@code city}, {@code agency}, {@code lead}, {@code subheadings}, {@code media}), the
 * {@code metadata} object winning; the rest is read from the text by {@link WireParser}.
 */
final class JsonArticles {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern ISO_DATETIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].*");

    private final WireParser parser;
    private final ReadLimits limits;
    private final DateLine dates = new DateLine(WireLexicon.standard());

    JsonArticles(WireParser parser, ReadLimits limits) {
        this.parser = parser;
        this.limits = limits;
    }

    /** The article in {@code node}; {@code defaultId} when it has no id; {@code source} for tracing. */
    Article article(JsonNode node, String defaultId, String source) throws UnreadableException {
        if (!node.isObject()) {
            throw new UnreadableException("not a JSON object (" + node.getNodeType().toString().toLowerCase() + ")");
        }
        JsonNode t = node.get("text");
        if (t == null || t.isNull()) {
            throw new UnreadableException("no \"text\" field");
        }
        if (!t.isTextual()) {
            throw new UnreadableException("\"text\" is not a string");
        }
        String raw = t.asText();
        if (raw.length() > limits.maxArticleChars()) {
            throw new UnreadableException("text too long (" + raw.length() + " characters, limit "
                    + limits.maxArticleChars() + ")");
        }
        String text = TextRepair.repair(raw, "UTF-8").text();
        if (text.isBlank()) {
            throw new UnreadableException("empty text");
        }
        JsonNode idNode = node.get("id");
        String id = idNode != null && (idNode.isTextual() || idNode.isNumber()) && !idNode.asText().isBlank()
                ? idNode.asText() : defaultId;
        JsonNode meta = node.get("metadata");
        if (meta != null && !meta.isObject() && !meta.isNull()) {
            throw new UnreadableException("\"metadata\" is not an object");
        }
        Metadata base = metadata(meta, node, source);
        return parser.parse(id, text, base);
    }

    private Metadata metadata(JsonNode meta, JsonNode top, String source) {
        String date = field(meta, top, "date");
        String precision = field(meta, top, "date_precision", "datePrecision");
        if (date != null) {
            String[] d = normaliseDate(date);
            date = d[0];
            precision = precision != null ? precision : d[1];
        }
        String src = field(meta, top, "source");
        return new Metadata(date, precision,
                field(meta, top, "byline"),
                field(meta, top, "city", "dateline_city"),
                field(meta, top, "agency"),
                field(meta, top, "headline", "title"),
                field(meta, top, "lead"),
                list(meta, top, "subheadings"),
                list(meta, top, "media"),
                field(meta, top, "media_marker", "mediaMarker"),
                field(meta, top, "category"),
                field(meta, top, "url"),
                src != null ? src : source);
    }

    /** ISO date and precision from {@code 2019-01}, {@code 2019-11-26T10:00Z}, {@code 26.11.2019}… */
    private String[] normaliseDate(String date) {
        String d = date.strip();
        if (ISO_DATE.matcher(d).matches()) {
            return new String[] {d, d.length() == 4 ? "year" : d.length() == 7 ? "month" : "day"};
        }
        if (ISO_DATETIME.matcher(d).matches()) {
            return new String[] {d.substring(0, 10), "day"};
        }
        Optional<WireDate> w = dates.at(d, 0, d.length());
        return w.map(x -> new String[] {x.iso(), x.precision()}).orElse(new String[] {d, null});
    }

    private static String field(JsonNode meta, JsonNode top, String... names) {
        for (JsonNode n : new JsonNode[] {meta, top}) {
            if (n == null || !n.isObject()) {
                continue;
            }
            for (String name : names) {
                JsonNode v = n.get(name);
                if (v != null && v.isValueNode() && !v.isNull() && !v.asText().isBlank()) {
                    return v.asText().strip();
                }
            }
        }
        return null;
    }

    private static List<String> list(JsonNode meta, JsonNode top, String name) {
        for (JsonNode n : new JsonNode[] {meta, top}) {
            JsonNode v = n == null ? null : n.get(name);
            if (v != null && v.isArray()) {
                List<String> out = new ArrayList<>();
                v.forEach(x -> {
                    if (x.isValueNode() && !x.isNull()) {
                        out.add(x.asText());
                    }
                });
                return out;
            }
        }
        return List.of();
    }
}
