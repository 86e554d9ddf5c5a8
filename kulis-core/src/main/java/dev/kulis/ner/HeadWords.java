package dev.kulis.ner;

import java.util.HashSet;
import java.util.Set;

/**
 * Head nouns of names ({@code şirketi}, {@code Belediyesi}, {@code caddesi}) with the inflected forms Turkish
 * gives them after a name: the case endings of a possessed noun ({@code firmasıyla}, {@code şirketinin},
 * {@code Bakanlığı'na} is handled by the apostrophe split) and the plural possessive that names several
 * ({@code Lever ve Evyap firmaları}, {@code firmalarının}). The forms are made once from a {@link WordList} of
 * base entries by the rules of vowel harmony, so matching is one set lookup.
 */
final class HeadWords {
    private final Set<String> forms, plurals;
    private final WordList base;

    HeadWords(WordList base) {
        this.base = base;
        Set<String> f = new HashSet<>(), p = new HashSet<>();
        for (String w : base.words()) {
            f.add(w);
            if (isPossessed(w)) {
                addCases(f, w);
                String pl = plural(w);
                p.add(pl);
                addCases(p, pl);
            }
        }
        f.addAll(p);
        this.forms = Set.copyOf(f);
        this.plurals = Set.copyOf(p);
    }

    static HeadWords resource(String name) {
        return new HeadWords(WordList.resource(name));
    }

    /** Whether a lower-cased word (without apostrophe suffix) is a head noun or one of its inflected forms. */
    boolean contains(String lower) {
        return forms.contains(lower);
    }

    /** Whether the word is a plural head ({@code firmaları}): it may name every name of a list before it. */
    boolean isPlural(String lower) {
        return plurals.contains(lower);
    }

    /** Whether the word is a base entry as listed (not an inflected form). */
    boolean listed(String lower) {
        return base.contains(lower);
    }

    /** A possessed noun ends in the third-person possessive: a high vowel after a consonant or {@code s}. */
    private static boolean isPossessed(String w) {
        int n = w.length();
        return n >= 4 && "ıiuü".indexOf(w.charAt(n - 1)) >= 0 && "aeıioöuü".indexOf(w.charAt(n - 2)) < 0;
    }

    /** {@code firması} → {@code firmaları}, {@code şirketi} → {@code şirketleri}, {@code bakanlığı} → {@code bakanlıkları}. */
    private static String plural(String possessed) {
        int n = possessed.length();
        String stem = possessed.charAt(n - 2) == 's' && vowelBefore(possessed, n - 2)
                ? possessed.substring(0, n - 2) : possessed.substring(0, n - 1);
        char last = stem.charAt(stem.length() - 1);
        if (last == 'ğ') {
            stem = stem.substring(0, stem.length() - 1) + 'k';
        } else if (last == 'b') {
            stem = stem.substring(0, stem.length() - 1) + 'p';
        }
        return stem + (back(stem) ? "ları" : "leri");
    }

    private static boolean vowelBefore(String w, int i) {
        return i > 0 && "aeıioöuü".indexOf(w.charAt(i - 1)) >= 0;
    }

    /** Whether the last vowel of {@code w} is a back vowel. */
    private static boolean back(String w) {
        for (int i = w.length() - 1; i >= 0; i--) {
            char c = w.charAt(i);
            if ("aıou".indexOf(c) >= 0) {
                return true;
            }
            if ("eiöü".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The case forms of a noun ending in a possessive vowel: genitive, dative, accusative, locative, … */
    private static void addCases(Set<String> out, String w) {
        char v = w.charAt(w.length() - 1);
        boolean back = v == 'ı' || v == 'u';
        String a = back ? "a" : "e";
        out.add(w + "n" + v + "n");
        out.add(w + "n" + a);
        out.add(w + "n" + v);
        out.add(w + "nd" + a);
        out.add(w + "nd" + a + "n");
        out.add(w + "nd" + a + "ki");
        out.add(w + "yl" + a);
        out.add(w + "nc" + a);
    }
}
