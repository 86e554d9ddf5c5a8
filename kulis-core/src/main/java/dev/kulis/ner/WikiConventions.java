package dev.kulis.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Rewrites Turkish-Wiki-NER tags where its OntoNotes conventions contradict Milliyet's, so that the Wiki
 * sentences do not teach the tagger that a Milliyet name is no name (or another type):
 * <ul>
 * <li>FAC (buildings, airports, bridges, streets), which Milliyet tags LOC ({@code Atatürk Havalimanı},
 * {@code İnönü Stadı}) unless they are institutions ({@code Çapa Hastanesi}, {@code Pera Müzesi}: ORG): ORG when
 * the last word is an organisation head, else LOC;</li>
 * <li>NORP on a name with the suffix {@code -li} after an apostrophe ({@code ABD'li}, {@code CHP'li}), where
 * Milliyet tags the name itself: the type the news names give the stem most often (ORG or LOC), else LOC; and a
 * one-word NORP that the news names call a place at least {@value #PLACE_SHARE} of the time ({@code Osmanlı}):
 * LOC;</li>
 * <li>a one-word ORG that the news names call a place at least {@value #PLACE_SHARE} of the time (a country
 * standing for its team or government: {@code Türkiye}, {@code Fransa}), which Milliyet tags LOC;</li>
 * <li>inside an EVENT ({@code UEFA Kupası}, {@code Türkiye Şampiyonası}), which Milliyet does not tag as a whole,
 * the words the news names call a place or an organisation at least {@value #PLACE_SHARE} of the time, which
 * Milliyet tags ({@code UEFA}: ORG, {@code Türkiye}: LOC);</li>
 * <li>commas, quotation marks and brackets inside a name ({@code Paris, Fransa} as one GPE), which are never inside
 * a Milliyet name: they end it, and the name goes on as a new one after them.</li>
 * </ul>
 */
final class WikiConventions {
    private static final double PLACE_SHARE = 0.8;
    /** News counts below this say too little about a word's usual type. */
    private static final int MIN_NEWS = 20;
    private final Predicate<String> orgHead;
    private final Function<String, int[]> newsTypes;

    /**
     * @param orgHead   tests a lower-cased stem for an organisation head word
     * @param newsTypes counts {O, PER, ORG, LOC} of a lower-cased stem in the news (null when unseen)
     */
    WikiConventions(Predicate<String> orgHead, Function<String, int[]> newsTypes) {
        this.orgHead = orgHead;
        this.newsTypes = newsTypes;
    }

    /** The tags of a sentence with the names above retyped. */
    List<String> retag(List<String> tokens, List<String> tags) {
        List<String> out = new ArrayList<>(tags);
        for (int i = 0; i < tags.size(); ) {
            String tag = tags.get(i);
            if (!tag.startsWith("B-")) {
                i++;
                continue;
            }
            String type = tag.substring(2);
            int j = i + 1;
            while (j < tags.size() && tags.get(j).equals("I-" + type)) {
                j++;
            }
            if (type.equals("EVENT")) {
                namesInside(tokens, i, j, out);
                i = j;
                continue;
            }
            String to = switch (type) {
                case "FAC" -> orgHead.test(TokenForms.lowerStem(tokens.get(j - 1))) ? "ORG" : "LOC";
                case "NORP" -> j > i + 1 ? type : isNameWithLi(tokens.get(i)) ? nameType(tokens.get(i))
                        : isPlace(tokens.get(i)) ? "LOC" : type;
                case "ORG" -> j == i + 1 && isPlace(tokens.get(i)) ? "LOC" : type;
                default -> type;
            };
            for (int k = i; k < j; k++) {
                out.set(k, (k == i ? "B-" : "I-") + to);
            }
            i = j;
        }
        return splitAtSigns(tokens, out);
    }

    private static List<String> splitAtSigns(List<String> tokens, List<String> tags) {
        for (int k = 0; k < tags.size(); k++) {
            String t = tokens.get(k);
            if (!tags.get(k).equals("O") && (t.equals(",") || Bilou.outsideNames(t))) {
                tags.set(k, "O");
                if (k + 1 < tags.size() && tags.get(k + 1).startsWith("I-")) {
                    tags.set(k + 1, "B-" + tags.get(k + 1).substring(2));
                }
            }
        }
        return tags;
    }

    /** A capitalised stem, an apostrophe, then -li/-lı/-lu/-lü ({@code ABD'li}, {@code İngiltere'liler}). */
    static boolean isNameWithLi(String token) {
        String suffix = TokenForms.suffix(token); // lower-cased, after an apostrophe
        int cap = TokenForms.capClass(token);
        return (cap == 1 || cap == 2) && suffix.length() >= 3 && suffix.charAt(1) == 'l'
                && "iıuü".indexOf(suffix.charAt(2)) >= 0;
    }

    /** Tags the place and organisation names inside tokens [from, to) of an event name; the rest O. */
    private void namesInside(List<String> tokens, int from, int to, List<String> out) {
        String prev = "O";
        for (int k = from; k < to; k++) {
            String t = usualType(tokens.get(k));
            out.set(k, t == null ? "O" : (t.equals(prev) ? "I-" : "B-") + t);
            prev = t == null ? "O" : t;
        }
    }

    /** LOC or ORG when the news names give a capitalised word that type nearly always, else null. */
    private String usualType(String token) {
        int cap = TokenForms.capClass(token);
        int[] c = cap == 1 || cap == 2 ? newsTypes.apply(TokenForms.lowerStem(token)) : null;
        if (c == null) {
            return null;
        }
        int total = c[0] + c[1] + c[2] + c[3];
        if (total < MIN_NEWS) {
            return null;
        }
        return c[3] >= PLACE_SHARE * total ? "LOC" : c[2] >= PLACE_SHARE * total ? "ORG" : null;
    }

    private String nameType(String token) {
        int[] c = newsTypes.apply(TokenForms.lowerStem(token));
        return c != null && c[2] > c[3] ? "ORG" : "LOC";
    }

    private boolean isPlace(String token) {
        return "LOC".equals(usualType(token));
    }
}
