package dev.kulis.ner;

import dev.kulis.text.TurkishCase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * A set of lower-cased words read from a UTF-8 resource: one entry a line, {@code #} starts a comment.
 */
public final class WordList {
    private final Set<String> words;

    public WordList(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    public boolean contains(String lower) {
        return words.contains(lower);
    }

    /** The entries, lower-cased. */
    public Set<String> words() {
        return words;
    }

    public int size() {
        return words.size();
    }

    public static WordList resource(String name) {
        InputStream in = WordList.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String w = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!w.isEmpty()) {
                    out.add(TurkishCase.lower(w));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordList(out);
    }
}
