package dev.kulis.entities;

import dev.kulis.model.Mention;
import dev.kulis.model.Token;
import java.util.List;

/**
 * Turns a tagged token range into a {@link Mention}: titles before a person's name are left out (they are
 * roles), an honorific after a name is taken in ({@code Tunç beyin}), and the base form drops the case suffix
 * ({@link BaseForms}).
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
                  BaseForms bases) {
        while (from < to && (type == EntityType.PERSON ? titles.isTitle(tokens.get(from))
                : titles.isPossessedTitle(tokens.get(from)))) {
            from++; // Başkanı Yeni Ufuk Partisi: the head of the title before is no part of the organisation
        }
        if (from == to) {
            return null;
        }
        Token first = tokens.get(from);
        Token last = tokens.get(to - 1);
        String lastBase = bases.of(last, type != EntityType.PERSON, from == to - 1);
        String base = text.substring(first.start(), last.start()) + lastBase;
        String grammaticalCase = BaseForms.caseOf(last, lastBase);
        if (type == EntityType.PERSON && to < limit) {
            String h = titles.honorific(tokens.get(to));
            if (h != null && isName(last)) {
                last = tokens.get(to);
                base = base + " " + h;
                // morphology's: beyin is read as the noun beyin (nominative), and the event rules read a genitive
                // honorific as an owner that takes no part (Tunç beyin seçim çalışmasına destek: the seed's pledge)
                grammaticalCase = caseOf(last);
            }
        }
        return new Mention(first.start(), last.end(), text.substring(first.start(), last.end()), base, type.name(),
                grammaticalCase, confidence);
    }

    private static boolean isName(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }

    private static String caseOf(Token t) {
        return t.morph() == null ? null : t.morph().grammaticalCase();
    }
}
