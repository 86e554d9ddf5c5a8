package dev.kulis.entities;

import dev.kulis.model.Mention;
import dev.kulis.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A place name followed by {@code (Büyükşehir) Belediye…} names the municipality, an organisation:
 * {@code İzmir Büyükşehir Belediye Başkanı} holds the office of the municipality, not of the city. Taggers
 * trained on news mark the place alone, so the place mention is widened into the organisation here.
 */
final class Municipalities {
    private Municipalities() {
    }

    static List<Mention> widen(String articleText, List<Mention> mentions, List<Token> tokens, BaseForms bases) {
        Map<Integer, Integer> tokenEndingAt = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            tokenEndingAt.put(tokens.get(i).end(), i);
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Integer last = tokenEndingAt.get(m.end());
            int head = last == null ? -1 : headAfter(tokens, last + 1);
            if (!m.type().equals(EntityType.LOCATION.name()) || head < 0 || m.text().contains("'")) {
                out.add(m);
                continue;
            }
            Token h = tokens.get(head);
            String text = articleText.substring(m.start(), h.end());
            String headBase = bases.of(h, true);
            String base = text.substring(0, h.start() - m.start()) + headBase;
            out.add(new Mention(m.start(), h.end(), text, base, EntityType.ORGANIZATION.name(),
                    BaseForms.caseOf(h, headBase), m.confidence()));
        }
        return out;
    }

    /** The index of the {@code Belediye…} token that follows at {@code i} (after an optional Büyükşehir), or -1. */
    private static int headAfter(List<Token> tokens, int i) {
        if (i < tokens.size() && Lexicon.key(tokens.get(i).text()).equals("büyükşehir")) {
            i++;
        }
        if (i < tokens.size()) {
            String k = Lexicon.key(tokens.get(i).text());
            if (k.startsWith("belediye") && Character.isUpperCase(tokens.get(i).text().charAt(0))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The municipality's own name: inside a longer title the head loses its possessive ({@code İzmir Büyükşehir
     * Belediye Başkanı}), the organisation is {@code İzmir Büyükşehir Belediyesi}.
     */
    static String canonical(String base) {
        return Lexicon.key(base).endsWith(" belediye") ? base + "si" : base;
    }
}
