/**
 * Named-entity tagging (PER, ORG, LOC) of Turkish sentences.
 *
 * <p>{@link dev.kulis.ner.NerTagger} is the entry point: {@code NerTagger.shared().tag(tokens)} gives BIO tags
 * for one sentence, {@code tagDocument(sentences)} for running text (better: a surname alone is recognised from
 * the full name in a nearby sentence). Both tokenisations of an apostrophe suffix are accepted
 * ({@code Türkiye'yi} or {@code Türkiye} {@code 'yi}, see {@link dev.kulis.ner.SuffixTokens}).
 *
 * <p>How it works: {@link dev.kulis.ner.FeatureExtractor} turns a sentence into hashed features (word forms, the
 * apostrophe suffix read off the token, shape and capitalisation, a ±2 window, word clusters and
 * capitalisation statistics learned from unlabelled news ({@link dev.kulis.ner.NewsLexicon},
 * {@link dev.kulis.ner.WordClusterer}), a self-training gazetteer of the news ({@link dev.kulis.ner.NewsNames}),
 * a classifier of name spellings learned from those news names ({@link dev.kulis.ner.NameSpelling}), the
 * gazetteer of training names, and head-word lists written for Kulis, matched with their inflected forms). A
 * local model labels each sentence; a document model adds what the local model said about the same words in
 * neighbouring sentences ({@link dev.kulis.ner.DocumentFeatures}). Both are averaged structured perceptrons
 * decoded by Viterbi under {@link dev.kulis.ner.Bilou} constraints (output as BIO);
 * {@link dev.kulis.ner.NerTraining} reproduces the shipped model, whose provenance is in
 * {@code ner-model.bin.gz.txt} beside it, and {@link dev.kulis.ner.NerCrossValidation} measures the recipe. Morphology can be plugged in as a
 * {@code Function<String, MorphFeatures>} (retrain when it changes).
 */
package dev.kulis.ner;
