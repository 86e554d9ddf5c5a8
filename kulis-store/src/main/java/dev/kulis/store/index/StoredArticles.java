package dev.kulis.store.index;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kulis.json.ArticleJson;
import dev.kulis.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads back the annotate JSON the index stores (tokens were left out: the article comes back without them). */
public final class StoredArticles {
    private static final ObjectMapper MAPPER = ArticleJson.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StoredArticles() {
    }

    public static Article parse(String json) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(json);
            if (!node.has("tokens") || node.get("tokens").isNull()) {
                node.putArray("tokens");
            }
            return MAPPER.treeToValue(node, Article.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a stored article", e);
        }
    }
}
