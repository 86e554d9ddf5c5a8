package dev.kulis.store.registry;

import dev.kulis.entities.EntityType;
import dev.kulis.lexicon.DataLines;
import dev.kulis.text.TurkishCase;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The forms names are compared by across articles: Turkish lower case (İ→i, I→ı), the apostrophe suffix cut
 * ({@code Davutoğlu'nun} → {@code davutoğlu}), folded to ASCII ({@code davutoglu}), split into words at anything
 * that is not a letter or digit. A slug joins the words with {@code -} and is the readable part of an id.
 */
final class NameForms {
    /** Courtesy words after a name ({@code Kerem bey}); the entity layer's own list, read from its resources. */
    private static final Set<String> HONORIFICS = honorifics();

    private NameForms() {
    }

    private static Set<String> honorifics() {
        Set<String> out = new HashSet<>();
        for (String line : DataLines.read(EntityType.class, "honorifics.txt")) {
            out.addAll(words(line));
        }
        return Set.copyOf(out);
    }

    /** The folded words of a name: {@code "Ahmet Davutoğlu'nun"} → {@code [ahmet, davutoglu]}. */
    static List<String> words(String name) {
        List<String> out = new ArrayList<>(4);
        StringBuilder w = new StringBuilder(16);
        boolean suffix = false; // inside an apostrophe suffix, dropped up to the next word
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\'' || c == '’' || c == '‘' || c == '`' || c == '´') {
                suffix = w.length() > 0;
            } else if (Character.isLetterOrDigit(c)) {
                if (!suffix) {
                    w.append(c);
                }
            } else {
                flush(w, out);
                suffix = false;
            }
        }
        flush(w, out);
        return out;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (w.length() > 0) {
            out.add(fold(w));
            w.setLength(0);
        }
    }

    /** One word to lower-case ASCII; other Latin diacritics ({@code é}) lose their marks too. */
    static String fold(CharSequence word) {
        String f = TurkishCase.foldAscii(word);
        for (int i = 0; i < f.length(); i++) {
            if (f.charAt(i) > 127) {
                return Normalizer.normalize(f, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            }
        }
        return f;
    }

    static boolean honorific(String foldedWord) {
        return HONORIFICS.contains(foldedWord);
    }

    /** A person's words without courtesy words ({@code Kerem bey} → {@code [kerem]}); a lone honorific stays. */
    static List<String> personWords(String name) {
        List<String> all = words(name);
        if (all.size() < 2) {
            return all;
        }
        List<String> out = new ArrayList<>(all.size());
        for (String w : all) {
            if (!honorific(w)) {
                out.add(w);
            }
        }
        return out.isEmpty() ? all : out;
    }

    /** True when the name carries a courtesy word, which follows a first name, not a surname. */
    static boolean hasHonorific(String name) {
        List<String> all = words(name);
        return all.size() >= 2 && all.stream().anyMatch(NameForms::honorific);
    }

    static String slug(List<String> words) {
        return words.isEmpty() ? "entity" : String.join("-", words);
    }

    static String slug(String name) {
        return slug(words(name));
    }

    /** A name for display: apostrophe suffixes cut ({@code Yalçınkaya'nın} → {@code Yalçınkaya}, but
     * {@code O'Neill} stays), courtesy words dropped for people. */
    static String display(String name, boolean person) {
        String n = person ? withoutHonorifics(name) : name.strip();
        return n.indexOf('\'') < 0 && n.indexOf('’') < 0 ? n : withoutSuffixes(n);
    }

    private static String withoutSuffixes(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (String word : name.split(" ")) {
            int ap = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
            String suffix = ap > 0 ? word.substring(ap + 1) : "";
            boolean cut = ap > 0 && suffix.length() <= 6 && suffix.chars().allMatch(Character::isLowerCase);
            b.append(b.length() == 0 ? "" : " ").append(cut ? word.substring(0, ap) : word);
        }
        return b.toString();
    }

    /** The name as displayed, without courtesy words: {@code Kerem bey} → {@code Kerem}. */
    static String withoutHonorifics(String name) {
        String[] parts = name.strip().split("\\s+");
        if (parts.length < 2) {
            return name.strip();
        }
        List<String> kept = new ArrayList<>(parts.length);
        for (String p : parts) {
            List<String> w = words(p);
            if (w.size() != 1 || !honorific(w.get(0))) {
                kept.add(p);
            }
        }
        return kept.isEmpty() ? name.strip() : String.join(" ", kept);
    }
}
