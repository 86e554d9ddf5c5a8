package dev.kulis.entities;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Particles inside names ({@code Nuri el-Maliki}, {@code Hamad bin Halife}; {@code name-particles.txt}). A
 * tagger often stops a person at the particle or at the hyphen after it ({@code Nuri el} + {@code Maliki});
 * the person runs on to the capitalised word the particle leads to, and that word is the surname.
 */
final class NameParticles {
    private final Set<String> particles = new HashSet<>(), hyphenOnly = new HashSet<>();

    NameParticles() {
        for (String line : Lexicon.lines("name-particles.txt")) {
            if (line.endsWith(" -")) {
                hyphenOnly.add(line.substring(0, line.length() - 2).strip());
            } else {
                particles.add(line);
            }
        }
    }

    /** The end of a person's token range {@code [from, to)} run on over trailing particles and their names. */
    int extend(List<String> forms, int from, int to) {
        while (true) {
            if (to - 1 >= from && particle(forms, to - 1)) {              // Nuri el | - Maliki, Sabah el | Ahmed
                int next = to < forms.size() && forms.get(to).equals("-") ? to + 1 : to;
                if (next < forms.size() && capitalised(forms.get(next))) {
                    to = next + 1;
                    continue;
                }
            } else if (to + 1 < forms.size() && particle(forms, to)) {       // Nuri | el - Maliki
                int next = forms.get(to + 1).equals("-") ? to + 2 : to + 1;
                if (next < forms.size() && capitalised(forms.get(next))) {
                    to = next + 1;
                    continue;
                }
            }
            return to;
        }
    }

    /** The start of a person's range moved back over a particle and hyphen before it ({@code el-Maliki}). */
    int start(List<String> forms, int from) {
        return from >= 2 && forms.get(from - 1).equals("-") && particle(forms, from - 2) ? from - 2 : from;
    }

    /** The name word without a leading particle ({@code el-maliki} → {@code maliki}), or null for a particle. */
    String nameWord(String key) {
        if (particles.contains(key)) {
            return null;
        }
        int dash = key.indexOf('-');
        String before = dash > 0 ? key.substring(0, dash) : "";
        return (particles.contains(before) || hyphenOnly.contains(before)) && dash + 1 < key.length()
                ? key.substring(dash + 1) : key;
    }

    /** Whether token {@code i} is a particle: any listed one, or a hyphen-only one right before a hyphen. */
    private boolean particle(List<String> forms, int i) {
        String k = Lexicon.key(forms.get(i));
        return particles.contains(k) || hyphenOnly.contains(k) && i + 1 < forms.size() && forms.get(i + 1).equals("-");
    }

    private static boolean capitalised(String form) {
        return !form.isEmpty() && Character.isUpperCase(form.charAt(0));
    }
}
