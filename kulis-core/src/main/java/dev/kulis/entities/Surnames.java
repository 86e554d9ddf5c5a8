package dev.kulis.entities;

import dev.kulis.model.Mention;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The surnames of the persons an article names in full: what a lone word may be before other readings. */
final class Surnames {
    private final NameParticles particles;
    private final Set<String> honorifics;

    Surnames(NameParticles particles, Set<String> honorifics) {
        this.particles = particles;
        this.honorifics = honorifics;
    }

    /**
     * Lower-case last name words of the PERSON mentions of two or more words, past any particle (el-Tarsa); an
     * honorific ending the form ({@code Tunç bey}) is no surname.
     */
    Set<String> of(List<Mention> mentions) {
        Set<String> out = new HashSet<>();
        for (Mention m : mentions) {
            String[] words = m.base().split("\\s+");
            if (m.type().equals(EntityType.PERSON.name()) && words.length >= 2) {
                String key = Lexicon.key(words[words.length - 1]);
                String last = honorifics.contains(key) ? null : particles.nameWord(key);
                if (last != null) {
                    out.add(last);
                }
            }
        }
        return out;
    }
}
