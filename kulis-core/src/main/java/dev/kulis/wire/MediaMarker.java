package dev.kulis.wire;

import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recognises a media-marker line ({@code FOTOĞRAFLI}, {@code FOTOĞRAFLI-VİDEOLU}, {@code (GRAFİKLİ)}): written
 * in capitals, and every word of the line a known marker, so a sentence or a word like "Ses" that merely
 * mentions a medium is never taken.
 */
public final class MediaMarker {
    private final WireLexicon lexicon;

    public MediaMarker(WireLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The media types the line announces, in order and without repeats, or empty if it is not a marker. */
    public Optional<List<String>> of(String line) {
        String s = line.strip();
        if (s.length() > 80 || !TurkishCase.isAllCaps(s)) { // markers are written in capitals
            return Optional.empty();
        }
        if (s.startsWith("(") && s.endsWith(")")) {
            s = s.substring(1, s.length() - 1);
        }
        List<String> types = new ArrayList<>();
        for (String word : s.split("[-–/,+&\\s]+")) {
            if (word.isEmpty() || word.equalsIgnoreCase("VE")) {
                continue;
            }
            Optional<String> type = lexicon.media(word);
            if (type.isEmpty()) {
                return Optional.empty();
            }
            if (!types.contains(type.get())) {
                types.add(type.get());
            }
        }
        return types.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(types));
    }
}
