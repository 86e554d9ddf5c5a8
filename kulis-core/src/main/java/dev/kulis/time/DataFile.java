package dev.kulis.time;

import dev.kulis.lexicon.DataLines;
import java.util.ArrayList;
import java.util.List;

/** Reads the time layer's data files: tab-separated columns, {@code #} starts a comment line. */
final class DataFile {
    private DataFile() {
    }

    /** The rows of a resource beside this class, each split on tabs; blank and comment lines skipped. */
    static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        for (String line : DataLines.read(DataFile.class, resource)) {
            out.add(line.split("\t", -1));
        }
        return out;
    }
}
