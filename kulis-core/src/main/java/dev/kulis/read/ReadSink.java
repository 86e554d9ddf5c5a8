package dev.kulis.read;

import dev.kulis.model.Article;

/** Receives what a read produces: every item ends up in exactly one of the two calls, in input order. */
public interface ReadSink {
    void article(Article a);

    void rejected(Rejected r);
}
