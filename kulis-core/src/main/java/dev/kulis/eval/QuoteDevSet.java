package dev.kulis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A hand-annotated quote-attribution development set: one JSON object per line,
 * {@code {"id","category","quotes":[{"kind","start","end","cue_start","cue_end","speaker_start","speaker_end",
 * "speaker_name","speaker_type","addressee_start","addressee_end","confidence"}]}}, offsets into the article's
 * text (which is third-party and never stored with the set; see {@code dev/kulis/quotes/DEV-SET.md}).
 */
public record QuoteDevSet(String name, List<Article> articles) {
    /** The resource folder of the sets. */
    public static final String RESOURCE_DIR = "dev/kulis/quotes/";

    /** One annotated article. */
    public record Article(String id, String category, List<Quote> quotes) {
    }

    /** One gold quote; offsets of the cue, speaker and addressee are null where there is none. */
    public record Quote(String kind, int start, int end, Integer cueStart, Integer cueEnd, Integer speakerStart,
                        Integer speakerEnd, String speakerName, String speakerType, Integer addresseeStart,
                        Integer addresseeEnd, String confidence) {
        public boolean sure() {
            return confidence == null || "sure".equals(confidence);
        }

        /** As the scorer wants it, the speaker surface cut from {@code text}. */
        public QuoteScore.Gold gold(String text) {
            String surface = speakerStart != null && speakerEnd != null && speakerEnd <= text.length()
                    ? text.substring(speakerStart, speakerEnd) : null;
            return new QuoteScore.Gold(kind, start, end, surface, speakerName, speakerType, sure());
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads a set from JSON Lines. */
    public static QuoteDevSet read(String name, InputStream in) throws IOException {
        List<Article> out = new ArrayList<>();
        String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (String line : all.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode o = MAPPER.readTree(line);
            List<Quote> qs = new ArrayList<>();
            for (JsonNode q : o.path("quotes")) {
                qs.add(new Quote(q.path("kind").asText(), q.path("start").asInt(), q.path("end").asInt(),
                        integer(q, "cue_start"), integer(q, "cue_end"), integer(q, "speaker_start"),
                        integer(q, "speaker_end"), text(q, "speaker_name"), text(q, "speaker_type"),
                        integer(q, "addressee_start"), integer(q, "addressee_end"), text(q, "confidence")));
            }
            out.add(new Article(o.path("id").asText(), text(o, "category"), List.copyOf(qs)));
        }
        return new QuoteDevSet(name, List.copyOf(out));
    }

    public static QuoteDevSet read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), in);
        }
    }

    /**
     * Every {@code dev-set-*.jsonl} under {@link #RESOURCE_DIR} on the class path (folders and jars), by name;
     * empty when there is none.
     */
    public static List<QuoteDevSet> onClassPath() {
        TreeMap<String, QuoteDevSet> sets = new TreeMap<>();
        try {
            Enumeration<URL> dirs = QuoteDevSet.class.getClassLoader().getResources(RESOURCE_DIR);
            while (dirs.hasMoreElements()) {
                URL url = dirs.nextElement();
                if ("file".equals(url.getProtocol())) {
                    for (QuoteDevSet s : inFolder(Path.of(url.toURI()))) {
                        sets.putIfAbsent(s.name(), s);
                    }
                } else if ("jar".equals(url.getProtocol())) {
                    JarURLConnection c = (JarURLConnection) url.openConnection();
                    c.setUseCaches(false);
                    try (JarFile jar = c.getJarFile()) {
                        Enumeration<JarEntry> es = jar.entries();
                        while (es.hasMoreElements()) {
                            String n = es.nextElement().getName();
                            String base = n.substring(n.lastIndexOf('/') + 1);
                            if (n.startsWith(RESOURCE_DIR) && n.indexOf('/', RESOURCE_DIR.length()) < 0
                                    && isSetName(base)) {
                                try (InputStream in = jar.getInputStream(jar.getEntry(n))) {
                                    sets.putIfAbsent(base, read(base, in));
                                }
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return List.copyOf(sets.values());
    }

    /** Every {@code dev-set-*.jsonl} in a folder, by name. */
    public static List<QuoteDevSet> inFolder(Path dir) throws IOException {
        List<QuoteDevSet> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> isSetName(p.getFileName().toString())).sorted().toList()) {
                out.add(read(p));
            }
        }
        return out;
    }

    static boolean isSetName(String base) {
        return base.startsWith("dev-set-") && base.endsWith(".jsonl");
    }

    public int quoteCount() {
        return articles.stream().mapToInt(a -> a.quotes().size()).sum();
    }

    private static Integer integer(JsonNode o, String f) {
        JsonNode v = o.get(f);
        return v == null || !v.isInt() ? null : v.asInt();
    }

    private static String text(JsonNode o, String f) {
        JsonNode v = o.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }
}
