package dev.kulis.read;

import java.util.Arrays;

/**
 * An input item that could not be read as an article.
 *
 * @param item    what was rejected: a file path, or {@code path:line} for one line of a JSON Lines file
 * @param reason  why, naming the item: {@code batch.jsonl:17: truncated JSON (unexpected end of input)}
 * @param content the item's bytes as far as they were read, at most {@link ReadLimits#maxRejectedBytes()}
 *                (empty when nothing could be read, e.g. permission denied)
 */
public record Rejected(String item, String reason, byte[] content) {
    public Rejected {
        content = content == null ? new byte[0] : content;
    }

    /** A rejection whose reason is {@code item: problem}. */
    static Rejected of(String item, String problem, byte[] content, int maxBytes) {
        byte[] kept = content == null ? new byte[0]
                : content.length > maxBytes ? Arrays.copyOf(content, maxBytes) : content;
        return new Rejected(item, item + ": " + problem, kept);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rejected r && item.equals(r.item) && reason.equals(r.reason)
                && Arrays.equals(content, r.content);
    }

    @Override
    public int hashCode() {
        return (item.hashCode() * 31 + reason.hashCode()) * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Rejected[" + reason + ", " + content.length + " bytes]";
    }
}
