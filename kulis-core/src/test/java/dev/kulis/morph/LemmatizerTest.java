package dev.kulis.morph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.model.Morph;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lemma choice in context, on sentences about fictional people and places. */
class LemmatizerTest {
    private final Lemmatizer lemmatizer = new Lemmatizer();

    private List<String> lemmas(String sentence) {
        return lemmatizer.lemmatize(Arrays.asList(sentence.split(" "))).stream().map(Morph::lemma).toList();
    }

    @Test
    void sentenceWithApostropheNamesAndNumbers() {
        assertThat(lemmas("Belediye Başkanı Tarık Karaburunoğlu , 2014'teki seçimde Zeytinova'ya gitti ."))
                .containsExactly("belediye", "başkan", "Tarık", "Karaburunoğlu", ",", "2014", "seçim", "Zeytinova",
                        "git", ".");
    }

    @Test
    void sentenceInitialCapitalDoesNotMakeACommonWordProper() {
        List<Morph> m = lemmatizer.lemmatize(List.of("Ama", "Selvihan", "bunu", "bilmiyordu", "."));
        assertThat(m.get(0).lemma()).isEqualTo("ama");
        assertThat(m.get(0).proper()).isFalse();
        assertThat(m.get(1).proper()).isTrue();
        assertThat(m.get(2).lemma()).isEqualTo("bu");
        assertThat(m.get(3).lemma()).isEqualTo("bil");
    }

    @Test
    void capitalisedWordInsideASentenceIsReadAsAName() {
        List<Morph> m = lemmatizer.lemmatize(List.of("Dün", "Kerem", "geldi", "."));
        assertThat(m.get(1).proper()).isTrue();
        assertThat(m.get(1).lemma()).isEqualTo("Kerem");
    }

    @Test
    void allCapsHeadlineIsLemmatised() {
        assertThat(lemmas("KARABURUNOĞLU : SİZE ÇOK İHTİYACIMIZ VAR"))
                .containsExactly("Karaburunoğlu", ":", "siz", "çok", "ihtiyaç", "var");
    }

    @Test
    void functionWordsAndCopulaFollowUdConventions() {
        assertThat(lemmas("Seçim için Ankara'ya gittiği değildi , yeni bir karar ise alınmadı"))
                .containsExactly("seçim", "için", "Ankara", "git", "değil", ",", "yeni", "bir", "karar", "i", "al");
    }

    @Test
    void annotatorFillsEveryTokenOfEverySentence() {
        String text = "Zeytinova'da yağmur yağdı. Kardashianın evi su aldı.";
        List<Token> tokens = new ArrayList<>();
        int pos = 0;
        for (String w : List.of("Zeytinova'da", "yağmur", "yağdı", ".", "Kardashianın", "evi", "su", "aldı", ".")) {
            int s = text.indexOf(w, pos);
            tokens.add(new Token(s, s + w.length(), w, w.equals(".") ? TokenKind.PUNCT : TokenKind.WORD, true, null));
            pos = s + w.length();
        }
        Article a = Article.read("t1", text, Metadata.empty(), List.of())
                .withTokens(List.of(new Sentence(0, 26, 0, 4), new Sentence(27, text.length(), 4, 9)), tokens);
        Article out = new MorphAnnotator().annotate(a);
        assertThat(out.tokens()).allSatisfy(t -> assertThat(t.morph()).isNotNull());
        assertThat(out.tokens().stream().map(t -> t.morph().lemma()).toList())
                .containsExactly("Zeytinova", "yağmur", "yağ", ".", "Kardashian", "ev", "su", "al", ".");
        assertThat(out.tokens().get(0).morph().grammaticalCase()).isEqualTo("Loc");
        assertThat(new MorphAnnotator().name()).isEqualTo("morph");
    }
}
