package dev.kulis.store.ingest;

import dev.kulis.json.ArticleJson;
import dev.kulis.model.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash of an article as read (id, text, metadata and layout; not where it was read from), so that
 * re-ingesting an unchanged article is recognised before it is annotated. {@link #VERSION} is part of it: bump it
 * when what the store keeps of an article changes, and the next ingest replaces every article.
 */
public final class ContentHash {
    public static final String VERSION = "kulis-store-1";
    private static final ArticleJson JSON = new ArticleJson(false);

    private ContentHash() {
    }

    public static String of(Article read) {
        Article unsourced = new Article(read.id(), read.text(), read.metadata().withSource(null), read.paragraphs(),
                read.sentences(), read.tokens(), read.entities(), read.quotes(), read.roles(), read.relations(),
                read.events(), read.times());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(VERSION.getBytes(StandardCharsets.UTF_8));
            byte[] d = sha.digest(JSON.toLine(unsourced).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
