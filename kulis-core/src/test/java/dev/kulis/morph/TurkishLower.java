package dev.kulis.morph;

/** Test helper: compares lemmas the way the scorer does (Turkish lower case). */
final class TurkishLower {
    private TurkishLower() {
    }

    static String of(String s) {
        return dev.kulis.text.TurkishCase.lower(s);
    }
}
