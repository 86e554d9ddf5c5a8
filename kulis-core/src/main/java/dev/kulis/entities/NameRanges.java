package dev.kulis.entities;

import dev.kulis.model.Token;
import dev.kulis.text.Apostrophes;
import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where the names of one tagged sentence begin and end. The tagger's BIO ranges are corrected where Turkish
 * writing tells better: a name ends after a case suffix ({@code Fas'ın Kazablanka}) and before a joining word
 * of two people ({@code Soyer de Kocaoğlu'na}); a range opened on a clitic names nothing and an upper-case
 * clitic ends a name in a heading ({@code ERBİL'LE DE GÖRÜŞTÜK}); a person runs on over name particles
 * ({@code Nuri el-Maliki}) and hyphenated given names and syllables ({@code Frank-Walter Steinmeier},
 * {@code Ban Ki-Mun}).
 */
final class NameRanges {
    /** A name over the sentence's tokens {@code [from, to)}. */
    record Range(int from, int to, EntityType type) {
    }

    /**
     * Lower-case words that join two people rather than belong to one name: a tagger that runs a person over
     * {@code Soyer de Kocaoğlu'na} is cut there. ({@code de Gaulle}-style particles are rare in Turkish news;
     * the clitic {@code de/da} after a name is frequent.)
     */
    static final Set<String> CONNECTORS = Set.of("de", "da", "ve", "ile", "ise", "veya", "ya");
    /** Clitics and question particles: never a name, nor inside one in an ALL-CAPS heading. */
    private static final Set<String> CLITICS = Set.of("de", "da", "ki", "mi", "mı", "mu", "mü");
    /** Case suffixes after an apostrophe that end a name ({@code Fas'ın Kazablanka} is two names). */
    private static final Set<String> CASE_SUFFIXES = new HashSet<>(Lexicon.lines("name-case-suffixes.txt"));
    private static final List<String> GROUP_NOUNS = Lexicon.lines("group-nouns.txt");

    private final NameParticles particles;

    NameRanges(NameParticles particles) {
        this.particles = particles;
    }

    /**
     * @param tokens the article's tokens
     * @param base   the index of the sentence's first token in {@code tokens}
     * @param forms  the sentence's token texts
     * @param tags   their BIO tags
     */
    List<Range> of(List<Token> tokens, int base, List<String> forms, List<String> tags) {
        List<Range> out = new ArrayList<>();
        for (int i = 0; i < tags.size(); ) {
            String tag = tags.get(i);
            EntityType type = tag.length() > 2 && tag.charAt(1) == '-' ? EntityType.ofTag(tag.substring(2)) : null;
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tags.size() && tags.get(j).equals("I-" + tag.substring(2))
                    && !(type == EntityType.PERSON && CONNECTORS.contains(forms.get(j)))
                    && !endsInCase(forms.get(j - 1))
                    && !separates(tokens, base, forms, i, j)) {
                j++;
            }
            if (CLITICS.contains(TurkishCase.lower(forms.get(i)))) {
                i = j; // a range the tagger opened on a clitic (DE GÖRÜŞTÜK in a heading) names nothing
                continue;
            }
            for (int k = i + 1; k < j; k++) {
                String f = forms.get(k);
                if (CLITICS.contains(TurkishCase.lower(f)) && TurkishCase.isAllCaps(f)) {
                    j = k; // ERBİL'LE DE GÖRÜŞTÜK: the name ends before the clitic
                    break;
                }
            }
            int from = i;
            if (type == EntityType.PERSON) {
                from = particles.start(forms, i);
            }
            if (type == EntityType.PERSON && !endsInCase(forms.get(j - 1))) { // Nene'nin Al-Gharafa takımı: two names
                j = particles.extend(forms, from, j);
                j = hyphenatedGivenName(tokens, tags, base, from, j);
                j = syllableEnd(tokens, base, j, base + forms.size());
            }
            out.add(new Range(from, j, type));
            // a separator the tagger put inside a name is no name's start either
            i = j < tags.size() && tags.get(j).startsWith("I-") && separates(tokens, base, forms, from, j) ? j + 1 : j;
            while (i < tags.size() && tags.get(i).startsWith("I-")
                    && CONNECTORS.contains(forms.get(i))) { // the connector; the next name starts anew
                i++;
            }
        }
        return out;
    }

    /**
     * Whether token {@code j} of the sentence ends a name begun at {@code from}: a dash with space on either side
     * (a dateline "Haber Merkezi - " or "Paris- ", a pair "Ankara - İzmir"; a name holds only a dash written
     * tight, {@code Eğitim-Sen}), or a closing bracket the name did not open ({@code Port Said)}).
     */
    private static boolean separates(List<Token> tokens, int base, List<String> forms, int from, int j) {
        String s = forms.get(j);
        if (s.equals(")") || s.equals("]")) {
            for (int k = from; k < j; k++) {
                if (forms.get(k).equals("(") || forms.get(k).equals("[")) {
                    return false;
                }
            }
            return true;
        }
        int k = base + j;
        if (!(s.equals("-") || s.equals("–") || s.equals("—")) || k <= 0 || k >= tokens.size()) {
            return false;
        }
        return tokens.get(k - 1).spaceAfter() || tokens.get(k).spaceAfter();
    }

    private static boolean endsInCase(String token) {
        return CASE_SUFFIXES.contains(TurkishCase.lower(Apostrophes.suffix(token)));
    }

    /**
     * The end of a person's range run on over a hyphenated syllable written without spaces ({@code Ban Ki-Mun},
     * {@code Kim Jong-un}): a part of at most three letters on either side of the hyphen is a syllable of one
     * name, not a second name ({@code Erdoğan-Obama görüşmesi} stays two people).
     */
    private static int syllableEnd(List<Token> tokens, int base, int end, int limit) {
        int dash = base + end, last = dash - 1;
        if (dash + 1 >= limit || !"-".equals(tokens.get(dash).text())
                || tokens.get(last).end() != tokens.get(dash).start()
                || tokens.get(dash).end() != tokens.get(dash + 1).start()) {
            return end;
        }
        String left = tokens.get(last).text(), right = tokens.get(dash + 1).text();
        boolean letters = right.chars().allMatch(Character::isLetter) && !right.isEmpty();
        return letters && (left.length() <= 3 || right.length() <= 3) ? end + 2 : end;
    }

    /**
     * A one-word given name hyphenated without spaces to a tagged name of two or more words is one person
     * ({@code Frank-Walter Steinmeier}, {@code Jean-Claude Juncker}); a hyphen between two one-word names joins two
     * people ({@code Erdoğan-Obama görüşmesi}), and so does one before a group noun ({@code Rafet-Nurgül Kaya çifti}).
     */
    private static int hyphenatedGivenName(List<Token> tokens, List<String> tags, int base, int from, int end) {
        int dash = end, right = end + 1;
        if (end - from != 1 || right + 1 >= tags.size() || !"-".equals(tokens.get(base + dash).text())
                || tokens.get(base + from).end() != tokens.get(base + dash).start()
                || tokens.get(base + dash).end() != tokens.get(base + right).start()
                || !tags.get(right).endsWith("-PER") || !"I-PER".equals(tags.get(right + 1))) {
            return end;
        }
        int k = right + 1;
        while (k < tags.size() && "I-PER".equals(tags.get(k))) {
            k++;
        }
        if (k < tags.size()) {
            String next = Lexicon.key(tokens.get(base + k).text());
            for (String g : GROUP_NOUNS) {
                if (next.startsWith(g)) {
                    return end; // Rafet-Nurgül Kaya çifti: two people who share the surname
                }
            }
        }
        return k;
    }
}
