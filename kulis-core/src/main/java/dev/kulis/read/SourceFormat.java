package dev.kulis.read;

import java.util.Locale;

/** How an input is read: by its file extension, else by sniffing its first bytes. */
enum SourceFormat {
    JSON_LINES, HTML, TEXT;

    /** The format an extension names, or null when the extension says nothing (sniff then). */
    static SourceFormat ofName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return JSON_LINES;
        }
        if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
            return HTML;
        }
        if (n.endsWith(".txt") || n.endsWith(".text")) {
            return TEXT;
        }
        return null;
    }

    /** The format the first bytes suggest: {@code {} for JSON Lines, {@code <} for HTML, else text. */
    static SourceFormat sniff(byte[] head, int length) {
        int i = 0;
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
            i++;
        }
        if (i >= length) {
            return TEXT;
        }
        if (head[i] == '{') {
            return JSON_LINES;
        }
        if (head[i] == '<') {
            String rest = new String(head, i, Math.min(length - i, 200), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .toLowerCase(Locale.ROOT);
            if (rest.startsWith("<!doctype html") || rest.startsWith("<html") || rest.startsWith("<head")
                    || rest.startsWith("<body") || rest.startsWith("<article") || rest.startsWith("<!--")
                    || rest.startsWith("<meta") || rest.startsWith("<div") || rest.startsWith("<p")) {
                return HTML;
            }
        }
        return TEXT;
    }
}
