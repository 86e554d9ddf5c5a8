package dev.kulis.entities;

import java.util.List;

/**
 * Tags the sentences of one article with BIO labels ({@code B-PER}, {@code I-ORG}, {@code O}, …): one list of
 * tags per sentence, one tag per token. The whole article is given at once so that a tagger may use document
 * context (the same word tagged as a name elsewhere in the article).
 */
@FunctionalInterface
public interface MentionTagger {
    List<List<String>> tag(List<List<String>> sentences);
}
