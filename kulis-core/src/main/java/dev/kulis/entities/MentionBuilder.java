package dev.kulis.entities;

import dev.kulis.model.Mention;
import dev.kulis.model.Morph;
import dev.kulis.model.Token;
import java.util.List;

/**
 * Turns a tagged token range into a {@link Mention}: titles before a person's name are left out (they are
 * roles), an honorific after a name is taken in ({@code Tunç beyin}), and the base form drops the case suffix
 * ({@code Kocaoğlu'na} → {@code Kocaoğlu}, {@code Kardashianın} → {@code Kardashian}) while keeping the text's
 * spelling.
 */
final class MentionBuilder {
    private final Titles titles;

    MentionBuilder(Titles titles) {
        this.titles = titles;
    }

    /**
     * @param tokens the article's tokens
     * @param from   first token of the tagged range
     * @param to     end of the range (exclusive)
     * @param limit  end of the sentence (exclusive): an honorific may be taken in up to here
     * @return the mention, or null when nothing of a name is left (a bare title)
     */
    Mention build(String text, List<Token> tokens, int from, int to, int limit, EntityType type, double confidence,
                  boolean apostrophes) {
        while (from < to && (type == EntityType.PERSON ? titles.isTitle(tokens.get(from))
                : titles.isPossessedTitle(tokens.get(from)))) {
            from++; // Başkanı Yeni Ufuk Partisi: the head of the title before is no part of the organisation
        }
        if (from == to) {
            return null;
        }
        Token first = tokens.get(from);
        Token last = tokens.get(to - 1);
        String base = text.substring(first.start(), last.start()) + baseOf(last, apostrophes);
        String grammaticalCase = caseOf(last);
        if (type == EntityType.PERSON && to < limit) {
            String h = titles.honorific(tokens.get(to));
            if (h != null && isName(last)) {
                last = tokens.get(to);
                base = base + " " + h;
                grammaticalCase = caseOf(last);
            }
        }
        return new Mention(first.start(), last.end(), text.substring(first.start(), last.end()), base, type.name(),
                grammaticalCase, confidence);
    }

    private static boolean isName(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * The token without its case suffix, in the text's own spelling. Only in an article that writes names
     * without apostrophes ({@code apostrophes} false) is a suffix read off an unmarked name by morphology
     * ({@code Kardashianın}); where the article marks suffixes, an unmarked name is bare ({@code Demirtepe}).
     */
    static String baseOf(Token t, boolean apostrophes) {
        String s = t.text();
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '’') {
                return s.substring(0, i);
            }
        }
        Morph m = t.morph();
        if (!apostrophes && m != null && m.proper() && m.lemma() != null && m.lemma().length() < s.length()
                && Lexicon.key(s).startsWith(Lexicon.key(m.lemma()))) {
            return s.substring(0, m.lemma().length());
        }
        return s;
    }

    private static String caseOf(Token t) {
        return t.morph() == null ? null : t.morph().grammaticalCase();
    }

    /** Whether the article marks suffixes on names with an apostrophe ({@code Kocaoğlu'na}) at least once. */
    static boolean marksSuffixes(List<Token> tokens) {
        for (Token t : tokens) {
            String s = t.text();
            int ap = Math.max(s.indexOf('\''), s.indexOf('’'));
            if (ap > 0 && ap < s.length() - 1 && Character.isUpperCase(s.charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
