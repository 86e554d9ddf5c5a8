package dev.kulis.entities;

import dev.kulis.model.Token;
import java.util.HashSet;
import java.util.Set;

/**
 * Titles that precede a name ({@code Başkan}, {@code Dr.}, {@code Sayın}) and honorifics that follow a first
 * name ({@code bey}, {@code hanım}), from {@code titles.txt} and {@code honorifics.txt}.
 */
final class Titles {
    private static final String[] POSSESSIVE = {"ı", "i", "u", "ü", "sı", "si", "su", "sü"};

    private final Set<String> titles = new HashSet<>();
    private final Set<String> honorifics = new HashSet<>();

    Titles() {
        titles.addAll(Lexicon.lines("titles.txt"));
        honorifics.addAll(Lexicon.lines("honorifics.txt"));
    }

    /** Whether the token is a title word, bare or with the possessive of a compound ({@code Başkanı}). */
    boolean isTitle(Token t) {
        String k = Lexicon.key(t.text());
        if (titles.contains(k)) {
            return true;
        }
        for (String p : POSSESSIVE) {
            if (k.length() > p.length() + 2 && k.endsWith(p) && titles.contains(k.substring(0, k.length() - p.length()))) {
                return true;
            }
        }
        return false;
    }

    /** A title word with the possessive of a compound ({@code Başkanı}, {@code Valisi}): it ends a title, it starts no name. */
    boolean isPossessedTitle(Token t) {
        return isTitle(t) && !titles.contains(Lexicon.key(t.text()));
    }

    /** The honorific a token is, without its suffix ({@code beyin} → {@code bey}), or null. */
    String honorific(Token t) {
        String k = Lexicon.key(t.text());
        for (String h : honorifics) {
            if (k.startsWith(h) && k.length() <= h.length() + 3) {
                return h;
            }
        }
        return null;
    }
}
