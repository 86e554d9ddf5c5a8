package dev.kulis.morph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * UD lemma conventions that differ from the analyser's root, kept as data ({@code lemma-conventions.txt}):
 * lemmas for whole word forms ({@code ise} → {@code i}), for all forms with a prefix ({@code değil…} → {@code değil})
 * and for roots ({@code cumhurbaşkan} → {@code cumhurbaşkanı}).
 */
final class LemmaConventions {
    private static final String RESOURCE = "/dev/kulis/morph/lemma-conventions.txt";
    private final Map<String, String> forms;
    private final Map<String, String> prefixes;
    private final Map<String, String> roots;
    /** Bit k set when some prefix has length k (3 ≤ k ≤ 10): only those lengths are looked up. */
    private final int prefixLengths;

    private LemmaConventions(Map<String, String> forms, Map<String, String> prefixes, Map<String, String> roots) {
        this.forms = forms;
        this.prefixes = prefixes;
        this.roots = roots;
        int bits = 0;
        for (String p : prefixes.keySet()) {
            if (p.length() >= 3 && p.length() <= 10) {
                bits |= 1 << p.length();
            }
        }
        this.prefixLengths = bits;
    }

    static LemmaConventions load() {
        Map<String, String> f = new HashMap<>();
        Map<String, String> p = new HashMap<>();
        Map<String, String> o = new HashMap<>();
        InputStream in = LemmaConventions.class.getResourceAsStream(RESOURCE);
        if (in != null) {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] c = line.strip().split("\\s+");
                    if (c[0].startsWith("@")) {
                        o.put(c[0].substring(1), c[1]);
                    } else if (c[0].endsWith("*")) {
                        p.put(c[0].substring(0, c[0].length() - 1), c[1]);
                    } else {
                        f.put(c[0], c[1]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new LemmaConventions(Map.copyOf(f), Map.copyOf(p), Map.copyOf(o));
    }

    /** The conventional lemma of lower-case form {@code lw} read as {@code r}, or {@code lemma} when none applies. */
    String lemma(String lw, Reading r, String lemma) {
        return r.proper() ? lemma : lemma(formLemma(lw), lemma);
    }

    /**
     * The part of {@link #lemma(String, Reading, String)} that depends on the form alone: the lemma that lower-case
     * form {@code lw} has whatever its reading (whole form or prefix convention), or null. Worked out once per form.
     */
    String formLemma(String lw) {
        String f = forms.get(lw);
        if (f != null) {
            return f;
        }
        for (int k = Math.min(lw.length(), 10); k >= 3; k--) {
            if ((prefixLengths & (1 << k)) == 0) {
                continue;
            }
            String p = prefixes.get(lw.substring(0, k));
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The conventional lemma of a non-proper reading with root lemma {@code lemma}, given {@link #formLemma}. */
    String lemma(String formLemma, String lemma) {
        return formLemma != null ? formLemma : roots.getOrDefault(lemma, lemma);
    }
}
