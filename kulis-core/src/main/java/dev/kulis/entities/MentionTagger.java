package dev.kulis.entities;

import java.util.List;

/** Tags one sentence's token forms with BIO labels ({@code B-PER}, {@code I-ORG}, {@code O}, …). */
@FunctionalInterface
public interface MentionTagger {
    List<String> tag(List<String> forms);
}
