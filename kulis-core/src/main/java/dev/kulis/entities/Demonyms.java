package dev.kulis.entities;

import dev.kulis.model.Mention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Drops one-word mentions that are nationality or people words ({@code Rus, Özbek ve Kazaklar}, {@code Suudi
 * gazetesi}; {@code demonyms.txt}): they modify or stand for groups, not entities. Kept when written with an
 * apostrophe suffix ({@code Türk'ten}, a name) or when the word is the surname of a person named in full in the
 * article ({@code Ahmet Türk} … {@code Türk}).
 */
final class Demonyms {
    private final Set<String> words = new HashSet<>(Lexicon.lines("demonyms.txt"));
    private final Surnames surnames;

    Demonyms(Surnames surnames) {
        this.surnames = surnames;
    }

    List<Mention> drop(List<Mention> mentions) {
        Set<String> surnames = this.surnames.of(mentions);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String key = Lexicon.key(m.base());
            boolean group = words.contains(key) && !m.text().contains("'") && !m.text().contains("’")
                    && !surnames.contains(key) && isName(m.type());
            if (!group) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean isName(String type) {
        return type.equals(EntityType.PERSON.name()) || type.equals(EntityType.ORGANIZATION.name())
                || type.equals(EntityType.LOCATION.name());
    }
}
