package dev.kulis.server.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads and checks request parameters at the boundary: each failure is a 400 naming the parameter, so a handler
 * only ever sees values it can use.
 */
public final class Params {
    /** Ids are opaque strings: never file names, so only their size and control characters matter. */
    public static final int MAX_ID_CHARS = 512;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private final Context ctx;
    private final int maxTextChars;

    public Params(Context ctx, int maxTextChars) {
        this.ctx = ctx;
        this.maxTextChars = maxTextChars;
    }

    /** Refuses parameters the route does not know, so a misspelt facet is not silently ignored. */
    public Params allow(Set<String> names) {
        Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
        unknown.removeAll(names);
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("unknown parameter: " + String.join(", ", unknown)
                    + " (known: " + String.join(", ", new TreeSet<>(names)) + ")");
        }
        return this;
    }

    /** A whole number in [min, max], or {@code fallback} when absent or blank. */
    public int integer(String name, int fallback, int min, int max) {
        String v = single(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number: " + clip(v));
        }
        if (n < min || n > max) {
            throw ApiException.badRequest(name + " must be " + min + ".." + max + ": " + n);
        }
        return n;
    }

    /** Free text, trimmed, {@code ""} when absent; bounded in length. */
    public String text(String name) {
        String v = single(name);
        return v == null ? "" : checkText(name, v.trim());
    }

    /** Every value of a repeatable parameter (facet filters), blanks dropped. */
    public List<String> all(String name) {
        return ctx.queryParams(name).stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> checkText(name, s)).toList();
    }

    /** An ISO date ({@code 2019}, {@code 2019-01}, {@code 2019-01-15}) or null. */
    public String date(String name) {
        String v = text(name);
        if (v.isEmpty()) {
            return null;
        }
        if (!ISO_DATE.matcher(v).matches()) {
            throw ApiException.badRequest(name + " must be an ISO date (2019, 2019-01 or 2019-01-15): " + clip(v));
        }
        return v;
    }

    /** A path id: present, bounded, no control characters; anything else cannot name a stored item. */
    public String id(String name) {
        String v = ctx.pathParam(name);
        if (v.isEmpty() || v.length() > MAX_ID_CHARS || CONTROL.matcher(v).find()) {
            throw ApiException.notFound("no such " + name + ": " + clip(v));
        }
        return v;
    }

    private String single(String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) {
            throw ApiException.badRequest(name + " given " + values.size() + " times");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    private String checkText(String name, String raw) {
        String v = raw.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
        if (v.length() > maxTextChars) {
            throw ApiException.badRequest(name + " is longer than " + maxTextChars + " characters");
        }
        if (CONTROL.matcher(v).find()) {
            throw ApiException.badRequest(name + " contains control characters");
        }
        return v;
    }

    /** Echoes a bad value back without flooding the message. */
    static String clip(String v) {
        String s = CONTROL.matcher(v).replaceAll("?");
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
