package dev.kulis.read;

import dev.kulis.model.Metadata;
import dev.kulis.wire.WireParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads articles from a file, a folder or standard input, and hands each to a {@link ReadSink}, one at a
 * time, in order.
 *
 * <ul>
 *   <li>Location: a file; a folder, walked recursively in sorted name order, one folder's names in memory
 *       at a time, symbolic links to folders not followed, hidden entries and Markdown notes ({@code README.md})
 *       passed over; or {@code -} for standard input.</li>
 *   <li>Format: {@code .jsonl}/{@code .ndjson}/{@code .json} are JSON Lines, {@code .html}/{@code .htm} HTML
 *       pages, {@code .txt} wire or plain text; any other file is sniffed ({@code {} JSON Lines,
 *       {@code <html} HTML, else text).</li>
 *   <li>Ids: a file in a folder is its path relative to the folder without extension ({@code ekonomi/12});
 *       a single file its name without extension; a JSON line its {@code id}, else {@code file:line}.</li>
 *   <li>Bad input never stops a batch: every item that cannot be read becomes a {@link Rejected} naming it
 *       and saying why (empty, binary, too large, malformed JSON, no text, permission denied, not a regular
 *       file…); nothing is skipped silently except blank JSON lines and a folder's hidden entries and notes. Sizes are bounded by
 *       {@link ReadLimits} before anything is decoded or parsed.</li>
 * </ul>
 * Exceptions thrown by the sink itself are not caught. Instances are immutable and thread-safe; one read
 * is single-threaded.
 */
public final class ArticleSources {
    /** The location naming standard input. */
    public static final String STDIN = "-";

    private final ReadLimits limits;
    private final WireParser parser;
    private final JsonLinesReader jsonLines;
    private final HtmlReader html;

    public ArticleSources() {
        this(ReadLimits.DEFAULTS);
    }

    public ArticleSources(ReadLimits limits) {
        this(limits, new WireParser());
    }

    public ArticleSources(ReadLimits limits, WireParser parser) {
        this.limits = limits;
        this.parser = parser;
        this.jsonLines = new JsonLinesReader(new JsonArticles(parser, limits), limits);
        this.html = new HtmlReader(parser, limits.maxArticleChars());
    }

    /** Reads {@code location} (file, folder or {@code -}) with the default limits. */
    public static void read(String location, ReadSink sink) {
        new ArticleSources().readAll(location, sink);
    }

    /** Reads {@code location} (file, folder or {@code -}, which is {@link System#in}). */
    public void readAll(String location, ReadSink sink) {
        if (STDIN.equals(location)) {
            readStream("stdin", System.in, sink);
            return;
        }
        Path path = Path.of(location);
        if (Files.isDirectory(path)) {
            walk(path, path, sink);
        } else if (Files.isRegularFile(path)) {
            readFile(path, location, stripExtension(path.getFileName().toString()), sink);
        } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.exists(path)) {
            reject(sink, location, "broken symbolic link", null);
        } else if (Files.exists(path)) {
            reject(sink, location, "not a regular file or folder", null);
        } else {
            reject(sink, location, "no such file or folder", null);
        }
    }

    /** Reads one stream, its format sniffed; {@code name} names it in ids and reasons. */
    public void readStream(String name, InputStream in, ReadSink sink) {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        try {
            buffered.mark(4096);
            byte[] head = buffered.readNBytes(4096);
            buffered.reset();
            SourceFormat format = SourceFormat.sniff(head, head.length);
            if (format == SourceFormat.JSON_LINES) {
                jsonLines.read(name, buffered, sink);
                return;
            }
            long max = format == SourceFormat.HTML ? limits.maxHtmlBytes() : limits.maxFileBytes();
            byte[] bytes = buffered.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                reject(sink, name, "too large (more than " + max + " bytes)", bytes);
                return;
            }
            readBytes(format, bytes, name, name, sink);
        } catch (IOException e) {
            reject(sink, name, "cannot read (" + e.getMessage() + ")", null);
        }
    }

    /** Hidden entries and Markdown notes in a walked folder describe the articles and are not read as one (a file
     * named on the command line always is). */
    static boolean notAnArticle(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith(".") || lower.endsWith(".md") || lower.endsWith(".markdown");
    }

    private void walk(Path root, Path dir, ReadSink sink) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                names.add(p.getFileName().toString());
            }
        } catch (AccessDeniedException e) {
            reject(sink, dir.toString(), "cannot list folder (permission denied)", null);
            return;
        } catch (IOException | RuntimeException e) {
            reject(sink, dir.toString(), "cannot list folder (" + e.getMessage() + ")", null);
            return;
        }
        names.sort(null);
        for (String name : names) {
            if (notAnArticle(name)) {
                continue;
            }
            Path p = dir.resolve(name);
            String item = p.toString();
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                walk(root, p, sink);
            } else if (Files.isRegularFile(p)) {
                readFile(p, item, stripExtension(relative(root, p)), sink);
            } else if (Files.isSymbolicLink(p) && Files.isDirectory(p)) {
                reject(sink, item, "symbolic link to a folder (not followed)", null);
            } else if (Files.isSymbolicLink(p) && !Files.exists(p)) {
                reject(sink, item, "broken symbolic link", null);
            } else {
                reject(sink, item, "not a regular file", null);
            }
        }
    }

    private void readFile(Path file, String item, String id, ReadSink sink) {
        try {
            SourceFormat format = SourceFormat.ofName(file.getFileName().toString());
            if (format == null) {
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] head = in.readNBytes(4096);
                    format = SourceFormat.sniff(head, head.length);
                }
            }
            if (format == SourceFormat.JSON_LINES) {
                try (InputStream in = Files.newInputStream(file)) {
                    jsonLines.read(item, in, sink);
                }
                return;
            }
            long max = format == SourceFormat.HTML ? limits.maxHtmlBytes() : limits.maxFileBytes();
            long size = Files.size(file);
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                if (size > max) {
                    reject(sink, item, "too large (" + size + " bytes, limit " + max + ")",
                            in.readNBytes(limits.maxRejectedBytes()));
                    return;
                }
                bytes = in.readNBytes((int) max + 1);
            }
            if (bytes.length > max) {
                reject(sink, item, "too large (more than " + max + " bytes)", bytes);
                return;
            }
            readBytes(format, bytes, item, id, sink);
        } catch (AccessDeniedException e) {
            reject(sink, item, "cannot read (permission denied)", null);
        } catch (NoSuchFileException e) {
            reject(sink, item, "cannot read (file disappeared)", null);
        } catch (IOException e) {
            reject(sink, item, "cannot read (" + e.getMessage() + ")", null);
        }
    }

    private void readBytes(SourceFormat format, byte[] bytes, String item, String id, ReadSink sink) {
        try {
            Decoded d = TextDecoder.decode(bytes);
            if (format == SourceFormat.HTML) {
                sink.article(html.article(id, d.text(), item)); // its size was bounded in bytes already
                return;
            }
            if (d.text().length() > limits.maxArticleChars()) {
                throw new UnreadableException("text too long (" + d.text().length() + " characters, limit "
                        + limits.maxArticleChars() + ")");
            }
            sink.article(parser.parse(id, d.text(), Metadata.empty().withSource(item)));
        } catch (UnreadableException e) {
            reject(sink, item, e.getMessage(), bytes);
        } catch (StackOverflowError e) {
            reject(sink, item, "too deeply nested to read", bytes);
        } catch (RuntimeException e) {
            reject(sink, item, "cannot read (" + e + ")", bytes);
        }
    }

    private void reject(ReadSink sink, String item, String problem, byte[] content) {
        sink.rejected(Rejected.of(item, problem, content, limits.maxRejectedBytes()));
    }

    private static String relative(Path root, Path p) {
        List<String> parts = new ArrayList<>();
        root.relativize(p).forEach(x -> parts.add(x.toString()));
        return String.join("/", parts);
    }

    static String stripExtension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }
}
