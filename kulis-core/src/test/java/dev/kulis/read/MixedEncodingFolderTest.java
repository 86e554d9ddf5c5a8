package dev.kulis.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kulis.eval.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of the real mixed-encoding folder ({@code news/kemik-1150-cp1254}: mostly Windows-1254, some
 * UTF-8, one with letters lost to U+FFFD) decodes to clean Turkish. Skipped when the data is absent.
 */
class MixedEncodingFolderTest {
    /** Double-encoding leftovers: Ã, Ä, Å or â followed by a character that stands for a continuation byte. */
    private static final Pattern MOJIBAKE = Pattern.compile("[ÃÄÅâ][\\u0080-\\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]");

    @Test
    void everyFileDecodesToCleanTurkish() throws IOException {
        Optional<Path> dir = SharedData.data("news/kemik-1150-cp1254");
        assumeTrue(dir.isPresent(), "shared data news/kemik-1150-cp1254 not available");
        Map<String, Integer> charsets = new TreeMap<>();
        List<String> dirty = new ArrayList<>();
        int files = 0;
        int turkish = 0;
        try (Stream<Path> walk = Files.walk(dir.get())) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                files++;
                Decoded d;
                try {
                    d = TextDecoder.decode(Files.readAllBytes(p));
                } catch (UnreadableException e) {
                    dirty.add(p + ": " + e.getMessage());
                    continue;
                }
                charsets.merge(d.charset(), 1, Integer::sum);
                String t = d.text();
                if (t.indexOf('\uFFFD') >= 0 || MOJIBAKE.matcher(t).find() || hasC1(t)) {
                    dirty.add(p.toString());
                }
                if (t.chars().anyMatch(c -> "ğışİŞĞ".indexOf(c) >= 0)) {
                    turkish++;
                }
            }
        }
        System.out.println("kemik-1150-cp1254: " + files + " files, charsets " + charsets + ", with Turkish letters "
                + turkish + ", dirty " + dirty.size());
        assertThat(files).isEqualTo(1150);
        assertThat(dirty).isEmpty();
        assertThat(turkish).isGreaterThan(1100);
        assertThat(charsets.keySet()).contains("windows-1254", "UTF-8");
    }

    private static boolean hasC1(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                return true;
            }
        }
        return false;
    }
}
