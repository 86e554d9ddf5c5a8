package dev.kulis.entities;

import dev.kulis.lexicon.DataLines;
import dev.kulis.model.Mention;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.ner.NerTagger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A backstop for the tagger: a run of capitalised words ending in an organisation head ({@code Mavi Yol
 * Partisi'nin}, {@code Kuzeyova Belediyesi}) that the tagger left untagged is an organisation. The heads are
 * the NER layer's own list ({@code dev/kulis/ner/org-heads.txt}).
 */
final class OrganizationHeads {
    private static final int MAX_WORDS = 5;

    private final Set<String> heads = new HashSet<>();

    OrganizationHeads() {
        for (String line : DataLines.read(NerTagger.class, "org-heads.txt")) {
            heads.add(line.strip());
        }
    }

    /** Whether a lower-case word is an organisation head ({@code partisi}, {@code kurulu}). */
    boolean isHead(String key) {
        return heads.contains(key);
    }

    /** Organisation mentions over tokens not yet {@code covered}; marks the tokens it takes. */
    List<Mention> find(String text, List<Token> tokens, List<Sentence> sentences, boolean[] covered,
                       BaseForms bases) {
        List<Mention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            for (int h = s.firstToken(); h < s.lastToken(); h++) {
                Token head = tokens.get(h);
                if (covered[h] || !capitalised(head) || !heads.contains(Lexicon.key(head.text()))) {
                    continue;
                }
                int first = h;
                while (first > s.firstToken() && h - first < MAX_WORDS && !covered[first - 1]
                        && capitalised(tokens.get(first - 1)) && !tokens.get(first - 1).text().contains("'")) {
                    first--;
                }
                if (first == s.firstToken() && first < h && Lexicon.key(tokens.get(first).text()).length() > 0) {
                    // a sentence-initial capital may be an ordinary word: keep the name from the next word on
                    first = heads.contains(Lexicon.key(tokens.get(first).text())) ? first : first + 1;
                }
                if (first == h) {
                    continue; // a head word alone ("Partisi") names nothing
                }
                String headBase = bases.of(head, true);
                String base = text.substring(tokens.get(first).start(), head.start()) + headBase;
                out.add(new Mention(tokens.get(first).start(), head.end(),
                        text.substring(tokens.get(first).start(), head.end()), base, EntityType.ORGANIZATION.name(),
                        BaseForms.caseOf(head, headBase), 0.6));
                for (int k = first; k <= h; k++) {
                    covered[k] = true;
                }
            }
        }
        return out;
    }

    private static boolean capitalised(Token t) {
        return !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0));
    }
}
