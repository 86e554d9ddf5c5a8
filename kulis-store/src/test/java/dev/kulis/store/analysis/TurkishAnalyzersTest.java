package dev.kulis.store.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class TurkishAnalyzersTest {
    record Term(String text, int start, int end, int increment) {
    }

    static List<Term> analyze(Analyzer analyzer, String text) throws IOException {
        List<Term> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(new Term(term.toString(), offset.startOffset(), offset.endOffset(), inc.getPositionIncrement()));
            }
            ts.end();
            assertThat(offset.endOffset()).as("final offset").isEqualTo(text.length());
        }
        return out;
    }

    static List<String> terms(Analyzer analyzer, String text) throws IOException {
        return analyze(analyzer, text).stream().map(Term::text).toList();
    }

    @Test
    void surfaceLowersTurkishAndCutsApostropheSuffixesAndSkipsPunctuation() throws IOException {
        try (Analyzer a = TurkishAnalyzers.surface()) {
            assertThat(terms(a, "Kocaoğlu'nun açıklaması, İZMİR'de “ILIK” karşılandı."))
                    .containsExactly("kocaoğlu", "açıklaması", "izmir", "ılık", "karşılandı");
            assertThat(terms(a, "KOCAOĞLU")).containsExactly("kocaoğlu");
        }
    }

    @Test
    void offsetsPointIntoTheOriginalText() throws IOException {
        String text = "  «Seçimlerde» Kocaoğlu'nun  sözleri...";
        try (Analyzer a = TurkishAnalyzers.lemma()) {
            List<Term> ts = analyze(a, text);
            assertThat(ts).extracting(Term::text).containsExactly("seçim", "kocaoğlu", "söz");
            assertThat(ts).extracting(t -> text.substring(t.start(), t.end()))
                    .containsExactly("Seçimlerde", "Kocaoğlu'nun", "sözleri");
            assertThat(ts).extracting(Term::increment).containsOnly(1);
        }
    }

    @Test
    void lemmaChainBringsInflectedFormsOfANameAndAWordTogether() throws IOException {
        try (Analyzer a = TurkishAnalyzers.lemma()) {
            assertThat(terms(a, "Kocaoğlu'nun")).containsExactly("kocaoğlu");
            assertThat(terms(a, "Kocaoğluna")).containsExactly("kocaoğlu");
            assertThat(terms(a, "KOCAOĞLU")).containsExactly("kocaoğlu");
            assertThat(terms(a, "seçimlerde")).containsExactly("seçim");
            assertThat(terms(a, "SEÇİMLERDE")).containsExactly("seçim");
        }
    }

    @Test
    void foldedChainDropsTurkishLetters() throws IOException {
        try (Analyzer a = TurkishAnalyzers.folded()) {
            assertThat(terms(a, "Kılıçdaroğlu")).containsExactly("kilicdaroglu");
            assertThat(terms(a, "kilicdaroglu")).containsExactly("kilicdaroglu");
            assertThat(terms(a, "Seçimlerde")).containsExactly("secim");
        }
    }

    @Test
    void analyzersAreReusableAcrossTexts() throws IOException {
        try (Analyzer a = TurkishAnalyzers.surface()) {
            assertThat(terms(a, "Birinci metin.")).containsExactly("birinci", "metin");
            assertThat(terms(a, "")).isEmpty();
            assertThat(terms(a, "İkinci")).containsExactly("ikinci");
        }
    }
}
