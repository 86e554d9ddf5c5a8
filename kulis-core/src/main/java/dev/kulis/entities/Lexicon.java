package dev.kulis.entities;

import dev.kulis.lexicon.DataLines;
import dev.kulis.text.Apostrophes;
import dev.kulis.text.TurkishCase;
import java.util.List;

/** Reads the entity layer's data files: one entry a line, {@code #} comments and blank lines skipped. */
final class Lexicon {
    private Lexicon() {
    }

    static List<String> lines(String resource) {
        return DataLines.read(Lexicon.class, resource).stream().map(String::strip).toList();
    }

    /** Turkish lower case with the apostrophe suffix removed: the key names are compared by. */
    static String key(String s) {
        return TurkishCase.lower(Apostrophes.stem(s.strip()));
    }
}
