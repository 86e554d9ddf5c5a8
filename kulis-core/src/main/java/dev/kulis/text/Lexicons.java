package dev.kulis.text;

import dev.kulis.lexicon.DataLines;
import java.util.List;

/** Reads the text layer's data files: one entry a line, {@code #} starts a comment line. */
final class Lexicons {
    private Lexicons() {
    }

    /** The non-comment, non-blank lines of a resource beside this class, trimmed. */
    static List<String> lines(String resource) {
        return DataLines.read(Lexicons.class, resource).stream().map(String::strip).toList();
    }
}
