package dev.kulis.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Entity-level precision, recall and F1 under conlleval rules (an entity counts only when its span and type
 * both match), per type (PER, ORG, LOC) and overall. Accumulates sentence by sentence.
 */
public final class EntityScore {
    public static final List<String> TYPES = List.of("PER", "ORG", "LOC");
    private final int[] gold = new int[3], pred = new int[3], correct = new int[3];

    /** One entity: tokens {@code [start, end)} of type 0 PER, 1 ORG, 2 LOC. */
    record Chunk(int start, int end, int type) {
    }

    /** Entities of a BIO label sequence; an {@code I-X} that follows no X begins an entity, as in conlleval. */
    static List<Chunk> chunks(int[] labels) {
        List<Chunk> out = new ArrayList<>();
        int start = -1, type = -1;
        for (int i = 0; i <= labels.length; i++) {
            int y = i < labels.length ? labels[i] : NerLabels.O;
            int t = y == NerLabels.O ? -1 : (y - 1) / 2;
            boolean begins = y != NerLabels.O && (!NerLabels.isInside(y) || t != type);
            if (type >= 0 && (y == NerLabels.O || begins)) {
                out.add(new Chunk(start, i, type));
                type = -1;
            }
            if (begins) {
                start = i;
                type = t;
            }
        }
        return out;
    }

    public void add(int[] goldLabels, int[] predLabels) {
        Set<Chunk> g = new HashSet<>(chunks(goldLabels));
        for (Chunk c : g) {
            gold[c.type()]++;
        }
        for (Chunk c : chunks(predLabels)) {
            pred[c.type()]++;
            if (g.contains(c)) {
                correct[c.type()]++;
            }
        }
    }

    /** Adds another score's counts to this one (pooling folds). */
    public void addAll(EntityScore other) {
        for (int t = 0; t < 3; t++) {
            gold[t] += other.gold[t];
            pred[t] += other.pred[t];
            correct[t] += other.correct[t];
        }
    }

    /** F1 of one type (0..2), or overall with -1, as a fraction. */
    public double f1(int type) {
        double p = precision(type), r = recall(type);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double precision(int type) {
        int c = sum(correct, type), p = sum(pred, type);
        return p == 0 ? 0 : (double) c / p;
    }

    public double recall(int type) {
        int c = sum(correct, type), g = sum(gold, type);
        return g == 0 ? 0 : (double) c / g;
    }

    public int goldCount(int type) {
        return sum(gold, type);
    }

    private static int sum(int[] a, int type) {
        return type >= 0 ? a[type] : a[0] + a[1] + a[2];
    }

    /** Lines like score.py's: {@code PER P 93.10 R 92.00 F1 92.55}, then {@code all …}. */
    public String report() {
        StringBuilder b = new StringBuilder();
        for (int t = -1; t < 3; t++) {
            int type = t < 2 ? t + 1 : -1;
            String name = type >= 0 ? TYPES.get(type) : "all";
            b.append(String.format(Locale.ROOT, "%s P %.2f R %.2f F1 %.2f", name, 100 * precision(type),
                    100 * recall(type), 100 * f1(type)));
            if (type < 0) {
                b.append(String.format(Locale.ROOT, " (%d gold entities)", goldCount(-1)));
            }
            b.append('\n');
        }
        return b.toString();
    }
}
