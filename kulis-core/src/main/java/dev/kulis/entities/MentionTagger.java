package dev.kulis.entities;

import dev.kulis.ner.NerTagger;
import java.util.ArrayList;
import java.util.List;

/**
 * Tags the sentences of one article with BIO labels ({@code B-PER}, {@code I-ORG}, {@code O}, …): one list of
 * tags per sentence, one tag per token. The whole article is given at once so that a tagger may use document
 * context (the same word tagged as a name elsewhere in the article).
 */
@FunctionalInterface
public interface MentionTagger {
    /** The confidence given to names by a tagger that does not measure its own. */
    double UNMEASURED = 0.9;

    List<List<String>> tag(List<List<String>> sentences);

    /** Tags with, per token, the confidence of the name it lies in; by default {@link #UNMEASURED}. */
    default List<Tagged> tagWithConfidence(List<List<String>> sentences) {
        List<Tagged> out = new ArrayList<>(sentences.size());
        for (List<String> tags : tag(sentences)) {
            double[] confidence = new double[tags.size()];
            for (int i = 0; i < confidence.length; i++) {
                confidence[i] = tags.get(i).equals("O") ? 0 : UNMEASURED;
            }
            out.add(new Tagged(tags, confidence));
        }
        return out;
    }

    /**
     * Where the stem of a capitalised word written without apostrophe ends, by what the tagger knows of names
     * ({@code Bidenın} → 5), or -1 (the default: a tagger that knows no names beyond the text).
     */
    default int stemEnd(String token) {
        return -1;
    }

    /** One sentence's tags and per-token confidences. */
    record Tagged(List<String> tags, double[] confidence) {
    }

    /** The NER tagger, with the confidences its document model gives (calibrated on Milliyet dev). */
    static MentionTagger of(NerTagger ner) {
        return new MentionTagger() {
            @Override
            public List<List<String>> tag(List<List<String>> sentences) {
                return ner.tagDocument(sentences);
            }

            @Override
            public List<Tagged> tagWithConfidence(List<List<String>> sentences) {
                List<Tagged> out = new ArrayList<>(sentences.size());
                for (NerTagger.Scored s : ner.scoreDocument(sentences)) {
                    double[] confidence = new double[s.confidence().length];
                    for (int i = 0; i < confidence.length; i++) {
                        confidence[i] = s.confidence()[i];
                    }
                    out.add(new Tagged(s.tags(), confidence));
                }
                return out;
            }

            @Override
            public int stemEnd(String token) {
                return ner.newsStemEnd(token);
            }
        };
    }
}
