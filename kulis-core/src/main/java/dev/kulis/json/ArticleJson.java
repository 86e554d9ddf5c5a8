package dev.kulis.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kulis.model.Article;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The JSON form of an annotated article (the {@code kulis annotate} contract of PRODUCT.md): one object per
 * article, snake_case field names, every field present (null or empty when unknown), offsets as Java
 * {@code String} indices into {@code text}. Tokens are left out unless asked for: they are many and
 * derivable.
 */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.ALWAYS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Leaves the tokens out while writing, without building a tree first. */
    @JsonIgnoreProperties({"tokens"})
    private abstract static class WithoutTokens {
    }

    private static final ObjectMapper WITHOUT_TOKENS = MAPPER.copy().addMixIn(Article.class, WithoutTokens.class);

    private final boolean withTokens;
    private final ObjectWriter writer;

    public ArticleJson(boolean withTokens) {
        this.withTokens = withTokens;
        this.writer = (withTokens ? MAPPER : WITHOUT_TOKENS).writer();
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public ObjectNode toTree(Article article) {
        ObjectNode node = MAPPER.valueToTree(article);
        if (!withTokens) {
            node.remove("tokens");
        }
        return node;
    }

    /** One line of JSON, without the line break. */
    public String toLine(Article article) {
        try {
            return writer.writeValueAsString(article);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
