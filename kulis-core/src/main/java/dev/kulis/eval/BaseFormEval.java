package dev.kulis.eval;

import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.Metadata;
import dev.kulis.model.Mention;
import dev.kulis.pipeline.Pipeline;
import dev.kulis.text.Apostrophes;
import dev.kulis.wire.WireParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How well base forms and cases are read where an archive writes no apostrophes ({@code Kocaoğlunun}), measured
 * without hand labels: each article is annotated as written and again with the apostrophes before suffixes
 * removed; a name whose last word has an apostrophe suffix as written ({@code Kocaoğlu'nun} → {@code Kocaoğlu},
 * genitive) is the reference for the same span without it.
 */
public final class BaseFormEval {
    /** Running counts over the articles scored so far. */
    public static final class Score {
        private int marked, found, base, grammaticalCase, plain, plainFound, plainBase;
        private final int keep;
        private final List<String> differences = new ArrayList<>();

        /** @param keep how many differences to keep as examples */
        public Score(int keep) {
            this.keep = keep;
        }

        /** Up to {@code keep} names read otherwise without apostrophes: as written, then without. */
        public List<String> differences() {
            return List.copyOf(differences);
        }

        /** Names whose last word has an apostrophe suffix as written. */
        public int marked() {
            return marked;
        }

        /** ... of which the tagger found the same span without apostrophes. */
        public int found() {
            return found;
        }

        /** ... of which the base form is the one read with the apostrophe. */
        public int base() {
            return base;
        }

        /** ... of which the case is the one read with the apostrophe. */
        public int grammaticalCase() {
            return grammaticalCase;
        }

        /** Names whose last word has no apostrophe as written: a cut of these without apostrophes is wrong. */
        public int plain() {
            return plain;
        }

        /** ... of which the tagger found the same span without apostrophes. */
        public int plainFound() {
            return plainFound;
        }

        /** ... of which the base form is the one read as written. */
        public int plainBase() {
            return plainBase;
        }

        public String report() {
            return String.format(Locale.ROOT, "names with an apostrophe suffix: %,d; found at the same span without "
                            + "apostrophes: %,d (%.1f%%)%nof those, base form as with the apostrophe: %,d (%.1f%%); "
                            + "case as with it: %,d (%.1f%%)%nnames without one: %,d; found: %,d; base form as "
                            + "written: %,d (%.1f%%)%n", marked, found, pct(found, marked), base, pct(base, found),
                    grammaticalCase, pct(grammaticalCase, found), plain, plainFound, plainBase,
                    pct(plainBase, plainFound));
        }

        private static double pct(int a, int b) {
            return b == 0 ? 0 : 100.0 * a / b;
        }
    }

    /** A text with the apostrophes before suffixes removed, and where each offset of the original went. */
    public record Unmarked(String text, int[] offsets) {
    }

    private final Pipeline pipeline;
    private final WireParser parser = new WireParser();

    public BaseFormEval(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /**
     * Removes every apostrophe that starts a suffix ({@link Apostrophes#suffixStart}) in the words of {@code text}
     * (runs of letters, digits, apostrophes and periods): {@code Kocaoğlu'nun} → {@code Kocaoğlunun}, while
     * {@code O'Neill} keeps its own. {@code offsets[i]} is where character {@code i} of the original went
     * ({@code offsets[text.length()]} is the new length).
     */
    public static Unmarked unmark(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int[] offsets = new int[text.length() + 1];
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && wordChar(text.charAt(j))) {
                j++;
            }
            int w = j;
            while (w > i && (text.charAt(w - 1) == '.' || Apostrophes.is(text.charAt(w - 1)))) {
                w--; // a sentence's full stop, a closing quotation mark: no part of the word
            }
            String word = text.substring(i, w);
            int suffix = Apostrophes.suffixStart(word); // the suffix and what follows: Sokağı'nda'da → Sokağındada
            int end = Math.max(j, i + 1);
            for (int k = i; k < end; k++) {
                offsets[k] = out.length();
                if (suffix <= 0 || k - i < suffix || k >= w || !Apostrophes.is(text.charAt(k))) {
                    out.append(text.charAt(k));
                }
            }
            i = end;
        }
        offsets[text.length()] = out.length();
        return new Unmarked(out.toString(), offsets);
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || Apostrophes.is(c)
                || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Annotates one article both ways and adds its names to {@code score}. */
    public void score(String id, String text, Score score) {
        Article marked = pipeline.annotate(parser.parse(id, text, Metadata.empty()));
        Unmarked u = unmark(text);
        Article bare = pipeline.annotate(parser.parse(id, u.text(), Metadata.empty()));
        Map<Long, Mention> bareMentions = new HashMap<>();
        for (Entity e : bare.entities()) {
            for (Mention m : e.mentions()) {
                bareMentions.put(key(m.start(), m.end()), m);
            }
        }
        for (Entity e : marked.entities()) {
            for (Mention m : e.mentions()) {
                boolean suffixed = Apostrophes.suffixStart(m.text().substring(m.text().lastIndexOf(' ') + 1)) > 0;
                if (!suffixed && hasApostrophe(m.text())) {
                    continue; // an apostrophe of the name's own (O'Neill) or of an earlier word: neither kind
                }
                score.marked += suffixed ? 1 : 0;
                score.plain += suffixed ? 0 : 1;
                Mention b = bareMentions.get(key(u.offsets()[m.start()], u.offsets()[m.end()]));
                if (b == null) {
                    continue;
                }
                // earlier words of the name lose their apostrophes too: Adana 9'uncu Ağır Ceza Mahkemesi
                boolean sameBase = unmark(m.base()).text().equals(b.base());
                boolean sameCase = !suffixed || Objects.equals(m.grammaticalCase(), b.grammaticalCase());
                if (suffixed) {
                    score.found++;
                    score.base += sameBase ? 1 : 0;
                    score.grammaticalCase += sameCase ? 1 : 0;
                } else {
                    score.plainFound++;
                    score.plainBase += sameBase ? 1 : 0;
                }
                if ((!sameBase || !sameCase) && score.differences.size() < score.keep) {
                    score.differences.add(m.text() + " → " + m.base() + " " + m.grammaticalCase() + "; " + b.text()
                            + " → " + b.base() + " " + b.grammaticalCase() + (suffixed ? "" : " (no suffix)"));
                }
            }
        }
    }

    private static boolean hasApostrophe(String s) {
        return s.chars().anyMatch(c -> Apostrophes.is((char) c));
    }

    private static long key(int start, int end) {
        return (long) start << 32 | end;
    }
}
