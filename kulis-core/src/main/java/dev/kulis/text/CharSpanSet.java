package dev.kulis.text;

import java.util.Collection;

/**
 * An immutable set of short strings that answers "is {@code s[from, to)} a member?" without creating a
 * substring: open addressing over {@link String#hashCode()}-compatible hashes computed on the fly. The tokenizer
 * asks this for every candidate abbreviation, so it must not allocate.
 */
final class CharSpanSet {
    private final String[] slots;
    private final int mask;

    CharSpanSet(Collection<String> members) {
        int cap = Integer.highestOneBit(Math.max(4, members.size() * 3)) << 1;
        slots = new String[cap];
        mask = cap - 1;
        for (String m : members) {
            int h = spread(m.hashCode()) & mask;
            while (slots[h] != null && !slots[h].equals(m)) {
                h = (h + 1) & mask;
            }
            slots[h] = m;
        }
    }

    boolean contains(CharSequence s, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + s.charAt(i);
        }
        int h = spread(hash) & mask;
        String cand;
        while ((cand = slots[h]) != null) {
            if (cand.length() == to - from && same(cand, s, from)) {
                return true;
            }
            h = (h + 1) & mask;
        }
        return false;
    }

    private static boolean same(String cand, CharSequence s, int from) {
        for (int k = 0; k < cand.length(); k++) {
            if (cand.charAt(k) != s.charAt(from + k)) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
