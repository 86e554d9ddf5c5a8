package dev.kulis.store.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;

/**
 * The three Turkish analysis chains of the index, each starting from {@link TurkishTextTokenizer}:
 * <ul>
 *   <li>{@link #surface()}: lower case, apostrophe suffix cut ({@code Kocaoğlu'nun} → {@code kocaoğlu});</li>
 *   <li>{@link #lemma()}: the best lemma, lower case ({@code seçimlerde} → {@code seçim});</li>
 *   <li>{@link #folded()}: the lemma without Turkish letters ({@code Kılıçdaroğlu} → {@code kilicdaroglu}).</li>
 * </ul>
 * Each call returns a new analyzer (an analyzer caches its components per thread; close it when done).
 */
public final class TurkishAnalyzers {
    private TurkishAnalyzers() {
    }

    public static Analyzer surface() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new TurkishTextTokenizer();
                return new TokenStreamComponents(source, new ApostropheSuffixFilter(new TurkishLowerFilter(source)));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new TurkishLowerFilter(in);
            }
        };
    }

    public static Analyzer lemma() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new TurkishTextTokenizer();
                return new TokenStreamComponents(source, new TurkishLowerFilter(new LemmaFilter(source)));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new TurkishLowerFilter(in);
            }
        };
    }

    public static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new TurkishTextTokenizer();
                return new TokenStreamComponents(source, new AsciiFoldFilter(new LemmaFilter(source)));
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new AsciiFoldFilter(in);
            }
        };
    }
}
