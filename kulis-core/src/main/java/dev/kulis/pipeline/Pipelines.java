package dev.kulis.pipeline;

import dev.kulis.entities.EntityAnnotator;
import dev.kulis.entities.MentionTagger;
import dev.kulis.morph.MorphAnnotator;
import dev.kulis.ner.NerTagger;
import dev.kulis.text.TextAnnotator;
import dev.kulis.time.NumericMentions;
import dev.kulis.time.TimeAnnotator;
import java.util.List;

/** The standard annotation chains, built once per process (models are loaded once and shared). */
public final class Pipelines {
    private Pipelines() {
    }

    /** Text layer only: tokens and sentences. */
    public static Pipeline text() {
        return new Pipeline(List.of(new TextAnnotator()));
    }

    /** Everything Kulis reads in an article, in order. */
    public static Pipeline standard() {
        NerTagger ner = NerTagger.shared();
        NumericMentions numeric = new NumericMentions();
        return new Pipeline(List.of(new TextAnnotator(), new MorphAnnotator(), new TimeAnnotator(),
                new EntityAnnotator(MentionTagger.of(ner), numeric::find), new dev.kulis.quotes.QuoteAnnotator(),
                new dev.kulis.roles.RoleAnnotator(), new dev.kulis.events.EventAnnotator()));
    }
}
