package dev.kulis.ner;

/** BIO tags written out in tests, as label indices. */
final class Tags {
    private Tags() {
    }

    static int[] labels(String... tags) {
        int[] out = new int[tags.length];
        for (int i = 0; i < tags.length; i++) {
            out[i] = NerLabels.of(tags[i]);
        }
        return out;
    }
}
