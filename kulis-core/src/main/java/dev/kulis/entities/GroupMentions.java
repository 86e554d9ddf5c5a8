package dev.kulis.entities;

import dev.kulis.model.Entity;
import dev.kulis.model.Mention;
import dev.kulis.model.Token;
import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A bare surname before a group noun of {@code group-nouns.txt} ({@code Soyer çiftini}, {@code Yılmaz ailesi})
 * names every person of the article with that surname: the grouper gave its mention to one of them, this step gives
 * the same span to the others too. Nothing happens unless at least two people of the article share the surname.
 */
final class GroupMentions {
    private final List<String> nouns = Lexicon.lines("group-nouns.txt");

    List<Entity> apply(List<Entity> entities, List<Token> tokens, String text) {
        List<Mention> groups = new ArrayList<>();
        for (Entity e : entities) {
            if (!EntityType.PERSON.name().equals(e.type())) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (isSurname(m) && beforeGroupNoun(m, tokens, text)) {
                    groups.add(m);
                }
            }
        }
        if (groups.isEmpty()) {
            return entities;
        }
        List<Entity> out = new ArrayList<>(entities.size());
        for (Entity e : entities) {
            out.add(withGroups(e, groups));
        }
        return out;
    }

    private static Entity withGroups(Entity e, List<Mention> groups) {
        if (!EntityType.PERSON.name().equals(e.type())) {
            return e;
        }
        String[] words = e.name().split(" ");
        if (words.length < 2) {
            return e;
        }
        String surname = TurkishCase.lower(words[words.length - 1]);
        List<Mention> added = new ArrayList<>(e.mentions());
        int sharing = 0;
        for (Mention g : groups) {
            if (TurkishCase.lower(g.base()).equals(surname) && !e.mentions().contains(g)) {
                added.add(g);
                sharing++;
            }
        }
        if (sharing == 0) {
            return e;
        }
        added.sort(Comparator.comparingInt(Mention::start));
        return new Entity(e.id(), e.type(), e.name(), e.aliases(), added);
    }

    private static boolean isSurname(Mention m) {
        return m.base() != null && !m.base().isBlank() && m.base().indexOf(' ') < 0 && m.text().equals(m.base());
    }

    /** The word after the mention starts with a group noun. */
    private boolean beforeGroupNoun(Mention m, List<Token> tokens, String text) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) { // the first token at or after the mention's end
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < m.end()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo == tokens.size()) {
            return false;
        }
        Token t = tokens.get(lo);
        if (!text.substring(m.end(), t.start()).isBlank()) {
            return false;
        }
        String next = TurkishCase.lower(text.substring(t.start(), t.end()));
        return nouns.stream().anyMatch(next::startsWith);
    }
}
