package dev.kulis.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads JSON Lines: one JSON object a line, each an article ({@link JsonArticles}). A bad line (too long,
 * not UTF-8 and not Windows-1254, truncated or invalid JSON, no {@code text}) is rejected as
 * {@code name:line} and reading goes on with the next line. Blank lines are skipped. Nesting deeper than 64
 * levels is refused by the JSON parser itself.
 */
final class JsonLinesReader {
    private final JsonArticles articles;
    private final ReadLimits limits;
    private final ObjectMapper mapper;

    JsonLinesReader(JsonArticles articles, ReadLimits limits) {
        this.articles = articles;
        this.limits = limits;
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(64)
                        .maxStringLength(Math.max(limits.maxLineBytes(), 1 << 20))
                        .maxNumberLength(100)
                        .build())
                .build();
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** Reads every line of {@code in}; {@code name} names the stream in ids and reasons. */
    void read(String name, InputStream in, ReadSink sink) throws IOException {
        BoundedLines lines = new BoundedLines(in, limits.maxLineBytes());
        for (BoundedLines.Line line; (line = lines.next()) != null; ) {
            String item = name + ":" + line.number();
            if (line.tooLong()) {
                sink.rejected(Rejected.of(item, "line too long (" + line.length() + " bytes, limit "
                        + limits.maxLineBytes() + ")", line.bytes(), limits.maxRejectedBytes()));
                continue;
            }
            if (isBlank(line.bytes())) {
                continue;
            }
            readLine(item, line.bytes(), sink);
        }
    }

    private void readLine(String item, byte[] bytes, ReadSink sink) {
        try {
            String json = lineText(bytes);
            JsonNode node;
            try {
                node = mapper.readTree(json);
            } catch (JsonEOFException e) {
                throw new UnreadableException("truncated JSON (unexpected end of input)");
            } catch (StreamConstraintsException e) {
                throw new UnreadableException("JSON too deep or too large (" + firstLine(e.getOriginalMessage()) + ")");
            } catch (JsonParseException e) {
                throw new UnreadableException("invalid JSON (" + firstLine(e.getOriginalMessage()) + ")");
            }
            if (node == null || node.isMissingNode()) {
                throw new UnreadableException("empty");
            }
            sink.article(articles.article(node, item, item));
        } catch (UnreadableException e) {
            sink.rejected(Rejected.of(item, e.getMessage(), bytes, limits.maxRejectedBytes()));
        } catch (IOException | RuntimeException e) {
            sink.rejected(Rejected.of(item, "cannot read (" + e + ")", bytes, limits.maxRejectedBytes()));
        }
    }

    /** JSON Lines are UTF-8; a line in Windows-1254 is still read rather than lost. */
    private static String lineText(byte[] bytes) throws UnreadableException {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        Utf8Scan scan = Utf8Scan.of(bytes, from);
        if (scan.invalid() == 0) {
            return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
        }
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableException("binary data (NUL bytes)");
            }
        }
        return scan.mixed() ? Utf8Scan.decodeMixed(bytes, from)
                : Windows1252.decode1254(bytes, from, bytes.length);
    }

    private static boolean isBlank(byte[] b) {
        for (byte x : b) {
            if (x != ' ' && x != '\t' && x != '\r') {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no detail";
        }
        int nl = s.indexOf('\n');
        String f = nl < 0 ? s : s.substring(0, nl);
        return f.length() > 160 ? f.substring(0, 160) + "…" : f;
    }
}
