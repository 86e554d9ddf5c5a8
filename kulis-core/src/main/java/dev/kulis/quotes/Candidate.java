package dev.kulis.quotes;

/**
 * A quote found in the text, before its speaker is resolved.
 *
 * @param kind        direct, indirect, mixed or headline
 * @param start       start of the quoted text
 * @param end         end of the quoted text (exclusive)
 * @param cue         the reporting words, or null (a headline, a paragraph going on with a quotation)
 * @param frameFrom   first token of the reporting frame before the quote (where its subject is)
 * @param frameTo     end of that frame (exclusive): the opening mark or the reported clause's first word
 * @param sentenceEnd end (exclusive) of the sentence that holds the cue
 * @param given       the speaker the text names for a headline quote ({@code SOYER: …}), or null
 */
record Candidate(String kind, int start, int end, Cue cue, int frameFrom, int frameTo, int sentenceEnd,
                 Who given) {
}
