package dev.kulis.quotes;

import dev.kulis.text.TurkishCase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The quote layer's word lists, read once from the data files beside this class: speech verbs with their
 * frames, cue nouns, group speakers, anaphoric speaker words and addressee words. Immutable, shared.
 */
final class QuoteLexicon {
    private static final QuoteLexicon SHARED = load();

    final List<SpeechVerb> verbs;
    final Set<String> cueNouns;
    final Set<String> groups;
    final Set<String> anaphors;
    final Set<String> audiences;

    private QuoteLexicon(List<SpeechVerb> verbs, Set<String> cueNouns, Set<String> groups, Set<String> anaphors,
                         Set<String> audiences) {
        this.verbs = List.copyOf(verbs);
        this.cueNouns = Set.copyOf(cueNouns);
        this.groups = Set.copyOf(groups);
        this.anaphors = Set.copyOf(anaphors);
        this.audiences = Set.copyOf(audiences);
    }

    static QuoteLexicon shared() {
        return SHARED;
    }

    private static QuoteLexicon load() {
        List<SpeechVerb> verbs = new ArrayList<>();
        for (String line : lines("speech-verbs.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException("speech-verbs.tsv: two columns expected: " + line);
            }
            String[] words = TurkishCase.lower(cols[0].strip()).split("\\s+");
            String frames = cols[1].strip();
            verbs.add(new SpeechVerb(Arrays.asList(words).subList(0, words.length - 1), words[words.length - 1],
                    frames.indexOf('D') >= 0, frames.indexOf('I') >= 0, frames.indexOf('A') >= 0,
                    frames.indexOf('R') >= 0, frames.indexOf('T') >= 0));
        }
        // longest entries first, so that "sözlerine devam et" wins over a shorter reading
        verbs.sort((a, b) -> Integer.compare(b.words(), a.words()));
        return new QuoteLexicon(verbs, Set.copyOf(lower(lines("cue-nouns.txt"))),
                Set.copyOf(lower(lines("speaker-groups.txt"))), Set.copyOf(lower(lines("anaphors.txt"))),
                Set.copyOf(lower(lines("addressee-words.txt"))));
    }

    private static List<String> lower(List<String> in) {
        return in.stream().map(TurkishCase::lower).toList();
    }

    private static List<String> lines(String resource) {
        InputStream in = QuoteLexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource dev/kulis/quotes/" + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
