package dev.kulis.ner;

/**
 * Features of the capitalised phrase around a token, for organisation names and their edges: the phrase is
 * a run of capitalised words that may be joined by connectors ("Kredi ve Yurtlar Kurumu"), and what types
 * it is its head word at the right ("… Derneği", "… Holding"), also a lower-case one just after the run
 * ("La Repubblica gazetesi"). Every token of the phrase sees the head's type, its own place in the phrase and
 * its distance to the head, so that the first word of a long name learns to open it. Also an acronym in
 * brackets right after a phrase ("Demokratik Eylem Partisi ( SDA )") and an ALL-CAPS first word that opens
 * a title-case phrase (Milliyet's lead words: "TÜRK Sanayici ve İşadamları Derneği").
 */
final class NamePhrases {
    // template numbers continue FeatureExtractor's; never renumber
    static final int PHRASE_HEAD = 51, PHRASE_SHAPE = 52, BRACKET_ACRONYM = 53, BRACKET_BEFORE = 54,
            CAPS_LEAD = 55, HEAD_AFTER = 56;
    private static final WordList CONNECTORS = WordList.resource("/dev/kulis/ner/name-connectors.txt");
    private static final int NONE = 0, ORG = 1, LOC = 2;

    private NamePhrases() {
    }

    private static boolean capital(int cap) {
        return cap == 1 || cap == 2;
    }

    /**
     * Extra keys of every token.
     *
     * @param raw   the tokens
     * @param lower their lower-cased forms
     * @param stem  their lower-cased forms without the apostrophe suffix
     * @param cap   their capitalisation classes ({@link TokenForms#capClass})
     */
    static long[][] keys(String[] raw, String[] lower, String[] stem, int[] cap, NerLexicons lex) {
        int n = raw.length;
        long[][] out = new long[n][];
        // phrase id per token: the maximal run of capitalised words and inner connectors
        int[] from = new int[n], to = new int[n];
        for (int i = 0; i < n; ) {
            if (!capital(cap[i])) {
                from[i] = to[i] = -1;
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n) {
                if (capital(cap[j])) {
                    j++;
                } else if (j + 1 < n && capital(cap[j + 1]) && CONNECTORS.contains(lower[j])) {
                    j += 2;
                } else {
                    break;
                }
            }
            for (int k = i; k < j; k++) {
                from[k] = i;
                to[k] = j;
            }
            i = j;
        }
        for (int i = 0; i < n; i++) {
            long[] keys = new long[8];
            int k = 0;
            if (from[i] >= 0) {
                int f = from[i], t = to[i], len = t - f;
                boolean initial = f == 0 || (f == 1 && cap[0] == 4);
                // the first head word at or right of the token inside the phrase, else a lower-case head just after
                int head = -1, type = NONE;
                for (int j = i; j < t && head < 0; j++) {
                    type = headType(stem[j], lex);
                    if (type != NONE) {
                        head = j;
                    }
                }
                boolean after = false;
                if (head < 0 && t < n && cap[t] == 0) {
                    type = headType(stem[t], lex);
                    if (type != NONE) {
                        head = t;
                        after = true;
                    }
                }
                int pos = Math.min(i - f, 3), dist = head < 0 ? 9 : Math.min(head - i, 4);
                int connector = capital(cap[i]) ? 0 : 1;
                keys[k++] = FeatureHash.of(PHRASE_HEAD, type * 1000 + pos * 100 + dist * 10 + (after ? 1 : 0));
                keys[k++] = FeatureHash.of(PHRASE_HEAD + 1000, type * 100 + Math.min(len, 6) * 10 + connector);
                keys[k++] = FeatureHash.of(PHRASE_SHAPE, Math.min(len, 6) * 100 + pos * 10 + Math.min(t - i - 1, 3)
                        + (initial ? 1000 : 0));
                // the words around the whole phrase reach its inner tokens: "… firması", "Japon … firması"
                String next = t < n ? stem[t] : "</s>", prev = f > 0 ? stem[f - 1] : "<s>";
                keys[k++] = FeatureHash.of(PHRASE_SHAPE + 1000 + 100 * Math.min(pos, 1), next);
                keys[k++] = FeatureHash.of(PHRASE_SHAPE + 2000 + 100 * Math.min(t - i - 1, 1), prev);
                if (head >= 0) {
                    // which head: "bankası" and "gazetesi" open names of different lengths
                    keys[k++] = FeatureHash.of(HEAD_AFTER + (after ? 1000 : 0), stem[head] + '|' + Math.min(head - i, 4));
                }
                if (t + 2 < n && raw[t].equals("(") && raw[t + 2].equals(")") && cap[t + 1] == 2) {
                    keys[k++] = FeatureHash.of(BRACKET_BEFORE, type * 10 + pos);
                }
                if (i == f && initial && cap[i] == 2 && t - f > 1 && cap[i + 1] == 1) {
                    keys[k++] = FeatureHash.of(CAPS_LEAD, type * 10 + Math.min(len, 6));
                }
            } else if (cap[i] == 0 && i > 0 && from[i - 1] >= 0 && to[i - 1] == i) {
                // a lower-case head right after a capitalised phrase: "The Enquirer adlı", "Straits Times gazetesi"
                int type = headType(stem[i], lex);
                keys[k++] = FeatureHash.of(HEAD_AFTER + 2000, type * 10 + Math.min(i - from[i - 1], 5));
            }
            if (cap[i] == 2 && i >= 2 && i + 1 < n && raw[i - 1].equals("(") && raw[i + 1].equals(")")) {
                int p = i - 2, type = NONE, len = 0;
                if (from[p] >= 0 && to[p] == p + 1) {
                    type = headType(stem[p], lex);
                    len = p + 1 - from[p];
                }
                boolean initialMatch = len > 0
                        && Character.toUpperCase(raw[from[p]].charAt(0)) == Character.toUpperCase(raw[i].charAt(0));
                keys[k++] = FeatureHash.of(BRACKET_ACRONYM, type * 100 + Math.min(len, 5) * 10 + (initialMatch ? 1 : 0));
            }
            out[i] = java.util.Arrays.copyOf(keys, k);
        }
        return out;
    }

    private static int headType(String stem, NerLexicons lex) {
        return lex.orgHeads().contains(stem) ? ORG : lex.locHeads().contains(stem) ? LOC : NONE;
    }
}
