package dev.kulis.entities;

import dev.kulis.model.Mention;
import dev.kulis.model.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A one-word name the tagger read as a person but that stands right before the office or body of a place
 * ({@code Dağkent Valisi}, {@code Samsun Milletvekili}) is that place: Turkish writes a person's office before
 * the name, or after it only behind a comma. The surname of a person named in full in the article stays a
 * person. Heads: {@code place-office-heads.txt}.
 */
final class PlaceOffices {
    private final Set<String> heads = new HashSet<>(Lexicon.lines("place-office-heads.txt"));
    private final Surnames surnames;

    PlaceOffices(Surnames surnames) {
        this.surnames = surnames;
    }

    List<Mention> retype(List<Mention> mentions, List<Token> tokens) {
        Map<Integer, Integer> tokenStartingAt = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            tokenStartingAt.put(tokens.get(i).start(), i);
        }
        Set<String> surnames = this.surnames.of(mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Integer first = tokenStartingAt.get(m.start());
            boolean oneWord = first != null && tokens.get(first).end() == m.end();
            if (m.type().equals(EntityType.PERSON.name()) && oneWord && !m.text().contains("'")
                    && !m.text().contains("’") && !surnames.contains(Lexicon.key(m.base()))
                    && headFollows(tokens, first + 1)) {
                out.add(new Mention(m.start(), m.end(), m.text(), m.base(), EntityType.LOCATION.name(),
                        m.grammaticalCase(), m.confidence()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private boolean headFollows(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return false;
        }
        String t = tokens.get(i).text();
        return !t.isEmpty() && Character.isUpperCase(t.charAt(0)) && heads.contains(Lexicon.key(t));
    }
}
