package dev.kulis.store.ingest;

import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an article as read (id, text and metadata; not where it was read from), so that re-ingesting an
 * unchanged article is recognised before it is annotated. {@link #VERSION} is part of it: bump it when what the
 * store keeps of an article changes, and the next ingest replaces every article.
 */
public final class ContentHash {
    public static final String VERSION = "kulis-store-1";

    private ContentHash() {
    }

    public static String of(Article read) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Metadata m = read.metadata();
        // each part with its length, so that no two different articles run together into the same bytes
        for (String part : new String[] {VERSION, read.id(), read.text(), m.date(), m.datePrecision(), m.byline(),
                m.city(), m.agency(), m.headline(), m.lead(), String.join("\u0001", m.subheadings()),
                String.join("\u0001", m.media()), m.mediaMarker(), m.category(), m.url()}) {
            byte[] b = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
            sha.update((byte) (part == null ? 0 : 1));
            sha.update(Integer.toString(b.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(b);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }
}
