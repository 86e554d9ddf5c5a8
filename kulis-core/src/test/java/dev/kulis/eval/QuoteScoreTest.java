package dev.kulis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer on a small fictional article; the expected figures are what {@code score.py quotes} prints. */
class QuoteScoreTest {
    static final String TEXT = "Bakan Ayşe Yılmaz, \"Yarın yağmur yağacak\" dedi. Yılmaz, köprünün açılacağını "
            + "söyledi. Kaya ise sorunun çözüleceğini düşünüyor. Mehmet Kaya, \"Bilmiyorum\" dedi. Öte yandan "
            + "\"Güzel gün\" sloganı asıldı.";

    static int[] at(String s) {
        int i = TEXT.indexOf(s);
        return new int[] {i, i + s.length()};
    }

    static QuoteScore.Gold gold(String kind, String quote, String surface, String name, boolean sure) {
        int[] s = at(quote);
        return new QuoteScore.Gold(kind, s[0], s[1], surface, name, "person", sure);
    }

    static QuoteScore.Predicted pred(String kind, int start, int end, String speaker) {
        return new QuoteScore.Predicted(kind, start, end, TEXT.substring(start, end), speaker, null);
    }

    @Test
    void countsLikeScorePy() {
        List<QuoteScore.Gold> gold = List.of(
                gold("direct", "Yarın yağmur yağacak", "Ayşe Yılmaz", "Ayşe Yılmaz", true),
                gold("indirect", "köprünün açılacağını", "Yılmaz", "Ayşe Yılmaz", true),
                gold("indirect", "sorunun çözüleceğini", "Kaya", "Mehmet Kaya", false),
                gold("direct", "Bilmiyorum", "Mehmet Kaya", "Mehmet Kaya", true));
        List<QuoteScore.Predicted> pred = List.of(
                pred("direct", at("Yarın yağmur yağacak")[0], at("Yarın yağmur yağacak\"")[1], "Bakan Yılmaz'ın"),
                pred("indirect", at("köprünün açılacağını")[0], at("köprünün açılacağını")[1], "Mehmet Kaya"),
                pred("indirect", at("sorunun çözüleceğini")[0], at("sorunun çözüleceğini")[1], null),
                pred("direct", at("Güzel gün")[0], at("Güzel gün")[1], null));
        QuoteScore s = new QuoteScore();
        s.add(TEXT, gold, pred);
        // direct: 1 matched, "Bilmiyorum" missed, the slogan is a false positive
        assertThat(new long[] {s.directTp(), s.directFp(), s.directFn()}).containsExactly(1, 1, 1);
        // indirect: both matched (an unsure gold quote that is found counts as found)
        assertThat(new long[] {s.indirectTp(), s.indirectFp(), s.indirectFn()}).containsExactly(2, 0, 0);
        // speakers: "Bakan Yılmaz'ın" has the surname; "Mehmet Kaya" is wrong; no speaker is wrong
        assertThat(s.speakerOk()).isEqualTo(1);
        assertThat(s.speakerN()).isEqualTo(3);
        assertThat(s.report()).isEqualTo("""
                direct quotes P 50.0 R 50.0 (tp 1 fp 1 fn 1)
                indirect quotes P 100.0 R 100.0 (tp 2 fp 0 fn 0)
                speaker accuracy 33.3 (1/3 matched quotes)
                quotes direct P 50.0 R 50.0 indirect P 100.0 R 100.0 speaker 33.3
                """);
    }

    @Test
    void aSecondPredictionOnAnUnsureQuoteIsNoFalsePositive() {
        int[] u = at("sorunun çözüleceğini");
        QuoteScore s = new QuoteScore();
        s.add(TEXT, List.of(gold("indirect", "sorunun çözüleceğini", "Kaya", "Mehmet Kaya", false)),
                List.of(pred("indirect", u[0], u[1], "Kaya"), pred("indirect", u[0] + 5, u[1], "Kaya")));
        assertThat(new long[] {s.indirectTp(), s.indirectFp(), s.indirectFn()}).containsExactly(1, 0, 0);
        assertThat(s.speakerOk()).isEqualTo(1);
    }

    @Test
    void speakerRule() {
        assertThat(QuoteScore.sameSpeaker("Ahmet Davutoğlu", "Davutoğlu", "Davutoğlu'nun", null)).isTrue();
        assertThat(QuoteScore.sameSpeaker("Dışişleri Bakanlığı", "Bakanlık", "Dışişleri", null)).isTrue();
        assertThat(QuoteScore.sameSpeaker("İsmail Şen", "Şen", "Şen", null)).isTrue();
        assertThat(QuoteScore.sameSpeaker("Ayşe Yılmaz", "Yılmaz", "Mehmet Kaya", null)).isFalse();
        // a shared word of four letters or more is enough (score.py's rule for organisations)
        assertThat(QuoteScore.sameSpeaker("Ayşe Yılmaz", "Yılmaz", "Ayşe Kaya", null)).isTrue();
        assertThat(QuoteScore.sameSpeaker("Ayşe Yılmaz", "Yılmaz", null, null)).isFalse();
        assertThat(QuoteScore.nameTokens("Bakan İSMAİL Işık'ın")).containsExactly("ismail", "ışık");
    }

    @Test
    void roundsLikePython() {
        assertThat(QuoteScore.pct(2.0 / 3)).isEqualTo("66.7");
        assertThat(QuoteScore.pct(0.0)).isEqualTo("0.0");
        assertThat(QuoteScore.pct(1.0)).isEqualTo("100.0");
    }
}
