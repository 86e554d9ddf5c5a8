package dev.kulis.store.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds entities by a typed name in any form ({@code Davutoğlu'nun}, {@code DAVUTOĞLU}, {@code davutoglu}), best
 * first: the exact full name, then an alias or surname, then any of its words, then the words with a suffix typed
 * without an apostrophe ({@code davutoglunun}); ties go to the entity seen in more articles.
 */
final class EntityFinder {
    private static final int EXACT = 0;
    private static final int ALIAS = 1;
    private static final int WORDS = 2;
    private static final int STEMMED = 3;
    /** The longest suffix chain tried when a word is not known as typed ({@code -lerinden}). */
    private static final int MAX_SUFFIX = 7;

    private final RegistryState state;

    EntityFinder(RegistryState state) {
        this.state = state;
    }

    List<String> find(String query, int limit) {
        List<String> words = NameForms.personWords(query);
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        Map<Integer, Integer> tiers = new HashMap<>();
        match(words, false, tiers);
        if (tiers.isEmpty()) {
            List<String> stems = stems(words);
            if (stems != null) {
                match(stems, true, tiers);
            }
        }
        List<Integer> order = new ArrayList<>(tiers.keySet());
        order.sort((a, b) -> {
            int t = Integer.compare(tiers.get(a), tiers.get(b));
            if (t != 0) {
                return t;
            }
            int s = Integer.compare(state.get(b).seen, state.get(a).seen);
            return s != 0 ? s : state.get(a).id.compareTo(state.get(b).id);
        });
        return order.stream().limit(limit).map(n -> state.get(n).id).toList();
    }

    private void match(List<String> words, boolean stemmed, Map<Integer, Integer> tiers) {
        String key = NameForms.slug(words);
        IntList smallest = null;
        for (String w : words) {
            IntList p = state.postings(w);
            if (p == null) {
                return; // every typed word must be a word of the name
            }
            if (smallest == null || p.size() < smallest.size()) {
                smallest = p;
            }
        }
        for (int i = 0; i < smallest.size(); i++) {
            int n = smallest.get(i);
            RegistryEntity r = state.get(n);
            Set<String> own = words(r);
            if (!own.containsAll(words)) {
                continue;
            }
            int tier = stemmed ? STEMMED : tier(r, n, key, words);
            tiers.merge(n, tier, Math::min);
        }
    }

    private int tier(RegistryEntity r, int n, String key, List<String> words) {
        boolean shortForm = r.kind == Kind.PERSON && !r.fullName();
        if (!shortForm && (r.slug().equals(key) || NameForms.slug(r.name).equals(key))) {
            return EXACT;
        }
        if (shortForm && r.slug().equals(key) || state.aliasKeys.getOrDefault(r.kind.id(key), -1) == n) {
            return ALIAS;
        }
        for (String a : r.aliases) {
            if (NameForms.slug(a).equals(key)) {
                return ALIAS;
            }
        }
        if (r.kind == Kind.PERSON && words.size() == 1 && r.lastWord().equals(words.get(0))) {
            return ALIAS; // a surname names a person as well as an alias does
        }
        return WORDS;
    }

    private static Set<String> words(RegistryEntity r) {
        Set<String> out = new HashSet<>(List.of(r.slug().split("-")));
        out.addAll(NameForms.words(r.name));
        for (String a : r.aliases) {
            out.addAll(NameForms.words(a));
        }
        return out;
    }

    /** Unknown words cut back to the longest known prefix within a suffix's length, or null if none is. */
    private List<String> stems(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        boolean changed = false;
        for (String w : words) {
            String stem = w;
            if (state.postings(w) == null) {
                stem = null;
                for (int len = w.length() - 1; len >= Math.max(2, w.length() - MAX_SUFFIX); len--) {
                    if (state.postings(w.substring(0, len)) != null) {
                        stem = w.substring(0, len);
                        changed = true;
                        break;
                    }
                }
                if (stem == null) {
                    return null;
                }
            }
            out.add(stem);
        }
        return changed ? out : null;
    }
}
