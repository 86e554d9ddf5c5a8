package dev.kulis.store.registry;

import dev.kulis.store.ArticleRef;
import dev.kulis.store.search.QuoteHit;
import java.util.List;

/**
 * Everything the archive knows of one entity.
 *
 * @param roles      the offices it was named with, oldest first
 * @param quotes     its statements, newest first
 * @param comentions entities named in the same articles, most shared articles first
 * @param articles   articles that mention it, newest first
 */
public record EntityPage(EntitySummary entity, List<RoleRecord> roles, List<QuoteHit> quotes,
                         List<Comention> comentions, List<ArticleRef> articles) {
    public EntityPage {
        roles = List.copyOf(roles);
        quotes = List.copyOf(quotes);
        comentions = List.copyOf(comentions);
        articles = List.copyOf(articles);
    }

    /** An office held (or sought, or left) according to one article. */
    public record RoleRecord(String office, String status, String organization, String party, String date,
                             String article, String text) {
    }

    /** Another entity mentioned with this one, and in how many articles. */
    public record Comention(EntitySummary entity, long articles) {
    }
}
