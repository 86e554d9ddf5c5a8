package dev.kulis.wire;

import dev.kulis.lexicon.DataLines;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the lexicon data files beside this class: UTF-8, one entry a line, {@code #} comment lines and
 * blank lines ignored. A missing file is a packaging bug, so it fails fast.
 */
final class LexiconFile {
    private LexiconFile() {
    }

    /** The entry lines of a resource, trimmed. */
    static List<String> lines(String resource) {
        return DataLines.read(LexiconFile.class, resource).stream().map(String::strip).toList();
    }

    /** A two-column (tab-separated) resource as an insertion-ordered map, first column to second. */
    static Map<String, String> pairs(String resource) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(resource)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                throw new IllegalStateException(resource + ": expected two tab-separated columns in: " + line);
            }
            out.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
        }
        return out;
    }
}
