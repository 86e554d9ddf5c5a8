package dev.kulis.store.registry;

import java.util.List;

/**
 * Decides whether a short form of a person's name ({@code Davutoğlu}, {@code Kerem bey}, {@code Tayyip Erdoğan})
 * is a full-name person the registry knows, from evidence in the article only: the same office or party in the
 * article's roles, or entities named with it that the candidate is often named with. A name alone is never
 * evidence: a unique candidate with nothing in common stays apart, and so does a form several candidates fit
 * equally well.
 */
final class ShortFormMatcher {
    /** A first name shared by this many full names ({@code Ahmet bey}) is not worth scoring. */
    static final int MAX_CANDIDATES = 300;
    /** Distinct co-mentions in common that make a match without a role. */
    static final int STRONG_OVERLAP = 2;

    /**
     * What the article says of the short form.
     *
     * @param offices      office slugs of its roles
     * @param affiliations registry ids of its roles' parties and organisations
     * @param context      entity numbers of the article's other entities
     */
    record Evidence(List<String> offices, List<String> affiliations, int[] context) {
    }

    private record Score(int number, int role, int shared) {
    }

    private final RegistryState state;

    ShortFormMatcher(RegistryState state) {
        this.state = state;
    }

    /**
     * The entity number the short form joins, or -1.
     *
     * @param words     the form's folded words without courtesy words
     * @param firstName true when a courtesy word marks it a first name ({@code Kerem bey})
     */
    int match(List<String> words, boolean firstName, Evidence ev) {
        if (words.isEmpty()) {
            return -1;
        }
        String w = words.get(0);
        String last = words.get(words.size() - 1);
        IntList bySurname = firstName ? null : state.bySurname.get(last);
        IntList byGiven = words.size() == 1 ? state.byGivenName.get(w) : null;
        Score best = null;
        Score second = null;
        int roleCount = 0;
        int scored = 0;
        int surnames = bySurname == null ? 0 : bySurname.size();
        int total = surnames + (byGiven == null ? 0 : byGiven.size());
        for (int p = 0; p < total; p++) {
            boolean isSurname = p < surnames;
            int n = isSurname ? bySurname.get(p) : byGiven.get(p - surnames);
            RegistryEntity r = state.get(n);
            if (!isSurname && !firstName && bySurname != null && r.id.endsWith("-" + last)) {
                continue; // "Ali Ali": already scored as a surname
            }
            if (words.size() > 1 && !containsInOrder(r, words)) {
                continue;
            }
            if (++scored > MAX_CANDIDATES) {
                return -1;
            }
            Score s = score(n, r, ev, words.size() > 1);
            if (s == null) {
                continue; // the article's office contradicts the candidate's
            }
            if (!isSurname && !firstName) {
                // a bare first name ("Olga", "Mahmud") is a weaker reading than a surname: one more in common
                s = new Score(s.number, s.role, s.shared - 1);
            }
            if (s.role > 0) {
                roleCount++;
            }
            if (best == null || better(s, best)) {
                second = best;
                best = s;
            } else if (second == null || better(s, second)) {
                second = s;
            }
        }
        if (best == null) {
            return -1;
        }
        if (best.role > 0) {
            boolean unique = roleCount == 1 || second == null || better(best, second);
            return unique ? best.number : -1;
        }
        if (words.size() == 1 && namesSomethingElse(words.get(0), state.get(best.number).seen)) {
            return -1; // "Washington", "Bingöl": a place tagged as a person; only a role would say otherwise
        }
        int runnerUp = second == null ? 0 : Math.max(0, second.shared);
        boolean clear = runnerUp == 0 || best.shared >= 2 * runnerUp && best.shared - runnerUp >= 2;
        return best.shared >= STRONG_OVERLAP && clear ? best.number : -1;
    }

    /** Whether a place or organisation of exactly this name is known at least as well as the candidate. */
    private boolean namesSomethingElse(String word, int candidateSeen) {
        for (Kind k : new Kind[] {Kind.LOCATION, Kind.ORGANIZATION}) {
            int n = state.lookup(k.id(word));
            if (n >= 0 && state.get(n).seen >= candidateSeen) {
                return true;
            }
        }
        return false;
    }

    /** Role evidence first, then co-mentions; equal scores are not better (ambiguous). */
    private static boolean better(Score a, Score b) {
        return a.role != b.role ? a.role > b.role : a.shared > b.shared;
    }

    /** Whether a longer full name has all the words of a partial one, in order ({@code Tayyip Erdoğan}). */
    private static boolean containsInOrder(RegistryEntity r, List<String> words) {
        String[] full = r.slug().split("-");
        if (full.length <= words.size()) {
            return false;
        }
        int j = 0;
        for (String f : full) {
            if (j < words.size() && f.equals(words.get(j))) {
                j++;
            }
        }
        return j == words.size();
    }

    /** Null when the article names an office the candidate has never held (it holds others) and no party of it. */
    private Score score(int n, RegistryEntity r, Evidence ev, boolean partial) {
        int role = 0;
        int shared = 0;
        boolean officeMiss = false;
        for (String o : ev.offices()) {
            int held = 0;
            boolean head = false;
            for (int i = 0; i < r.offices.size(); i++) {
                String h = state.strings.get(r.offices.key(i));
                if (ArticleView.sameOffice(o, h)) {
                    held += r.offices.count(i);
                } else if (ArticleView.headOf(h, o)) {
                    head = true;
                }
            }
            if (held > 0) {
                if (o.indexOf('-') > 0) {
                    role += 2; // "Dışişleri Bakanı": a specific office
                } else if (held >= 2) {
                    role++; // "Başbakan" held again and again
                } else {
                    shared++; // "Başkan" once: a hint, not a proof
                }
            } else if (head) {
                shared++; // "Başkan Obama" and an earlier "ABD Başkanı Barack Obama"
            } else {
                officeMiss = true;
            }
        }
        for (String a : ev.affiliations()) {
            int k = state.stringId(a);
            if (k >= 0 && r.affiliations.contains(k)) {
                role++;
            }
        }
        if (officeMiss && role == 0 && shared == 0 && !r.offices.isEmpty()) {
            return null;
        }
        for (int c : ev.context()) {
            if (c == n && partial) {
                role += 2; // "Tayyip Erdoğan" beside "Recep Tayyip Erdoğan" in one article, kept apart by the tagger
            }
            int together = c == n ? 0 : r.comentions.countOf(c);
            if (together > 0 && state.telling(c, together, r.seen)) {
                shared++;
            }
        }
        return new Score(n, role, shared);
    }
}
