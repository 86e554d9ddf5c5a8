package dev.kulis.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Entity names learned from labelled sentences: whole phrases (lower-cased word stems joined by a space) with
 * the types they were seen as, and single words with the positions (B/I of each type) they were seen in.
 * Masks: phrase bit {@code t} for type t (0 PER, 1 ORG, 2 LOC); word bit {@code label-1} for each B/I label.
 */
public final class Gazetteer {
    static final int MAX_PHRASE = 6;
    private final Map<String, Integer> phrases;
    private final Map<String, Integer> words;

    Gazetteer(Map<String, Integer> phrases, Map<String, Integer> words) {
        this.phrases = phrases;
        this.words = words;
    }

    public static final Gazetteer EMPTY = new Gazetteer(Map.of(), Map.of());

    /** Builds a gazetteer from sentences in the joined tokenisation. */
    public static Gazetteer build(Iterable<NerSentence> sentences) {
        Map<String, Integer> phrases = new HashMap<>();
        Map<String, Integer> words = new HashMap<>();
        for (NerSentence s : sentences) {
            int[] l = s.labels();
            for (int i = 0; i < l.length; i++) {
                if (l[i] == NerLabels.O) {
                    continue;
                }
                String w = TokenForms.lowerStem(s.tokens().get(i));
                words.merge(w, 1 << (l[i] - 1), (a, b) -> a | b);
                if (!NerLabels.isInside(l[i])) {
                    int end = i + 1;
                    while (end < l.length && l[end] == NerLabels.inside(l[i])) {
                        end++;
                    }
                    if (end - i <= MAX_PHRASE) {
                        phrases.merge(phrase(s.tokens(), i, end), 1 << ((l[i] - 1) / 2), (a, b) -> a | b);
                    }
                }
            }
        }
        return new Gazetteer(phrases, words);
    }

    static String phrase(List<String> tokens, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append(' ');
            }
            b.append(TokenForms.lowerStem(tokens.get(k)));
        }
        return b.toString();
    }

    /** The type mask of a phrase of lower-cased stems, 0 when unknown. */
    int phraseTypes(String phrase) {
        return phrases.getOrDefault(phrase, 0);
    }

    /** The B/I mask of a lower-cased stem, 0 when unknown. */
    int wordPositions(String lowerStem) {
        return words.getOrDefault(lowerStem, 0);
    }

    int phraseCount() {
        return phrases.size();
    }

    void write(DataOutputStream out) throws IOException {
        writeMap(phrases, out);
        writeMap(words, out);
    }

    static Gazetteer read(DataInputStream in) throws IOException {
        return new Gazetteer(readMap(in), readMap(in));
    }

    private static void writeMap(Map<String, Integer> m, DataOutputStream out) throws IOException {
        out.writeInt(m.size());
        for (Map.Entry<String, Integer> e : m.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeByte(e.getValue());
        }
    }

    private static Map<String, Integer> readMap(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, Integer> m = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            String k = in.readUTF();
            m.put(k, in.readByte() & 0xFF);
        }
        return m;
    }
}
