package dev.kulis.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Sentence splitting on sentences about fictional people and places. */
class SentenceSplitterTest {
    private final TurkishTokenizer tokenizer = new TurkishTokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<Sentence> s = splitter.split(text, tokens);
        return s.stream().map(x -> text.substring(x.start(), x.end())).toList();
    }

    /** Input, then the expected sentences separated by {@code |}. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Ali geldi. Ayşe gitti. ~ Ali geldi.|Ayşe gitti.
            Prof. Dr. Ayla Terzi konuştu. Sonra çıktı. ~ Prof. Dr. Ayla Terzi konuştu.|Sonra çıktı.
            Toplantıya A. Kocaseven de katıldı. ~ Toplantıya A. Kocaseven de katıldı.
            Şirketin 15. yılı kutlandı. Dedem 2. Dünya Savaşı'nı anlattı. ~ Şirketin 15. yılı kutlandı.|Dedem 2. Dünya Savaşı'nı anlattı.
            Elma, armut vb. Sonra eve döndü. ~ Elma, armut vb.|Sonra eve döndü.
            Elma, armut vb. meyveler aldı. ~ Elma, armut vb. meyveler aldı.
            Fiyat 2.500.000 lira oldu. Pahalı. ~ Fiyat 2.500.000 lira oldu.|Pahalı.
            Bekledik... Sonra gitti. ~ Bekledik...|Sonra gitti.
            Bekledik... bekledik, gelmedi. ~ Bekledik...|bekledik, gelmedi.
            Peki. dedi ve kapattı. ~ Peki. dedi ve kapattı.
            Durun! Gitmeyin! diye bağırdı. ~ Durun! Gitmeyin! diye bağırdı.
            Nereye gidiyorsun? diye sordu. ~ Nereye gidiyorsun? diye sordu.
            "Nereye gidiyorsun?" diye sordu. ~ "Nereye gidiyorsun?" diye sordu.
            Vali Kaya, "Umuyorum. Hepimize düşen görev..." diye konuştu. ~ Vali Kaya, "Umuyorum.|Hepimize düşen görev..." diye konuştu.
            Kaya, ''Geldik. Gidiyoruz.'' dedi. Sonra çıktı. ~ Kaya, ''Geldik.|Gidiyoruz.'' dedi.|Sonra çıktı.
            Kaya soruları yanıtladı. " Bitti " dedi. ~ Kaya soruları yanıtladı.|" Bitti " dedi.
            Eyvah! Geç kaldık. ~ Eyvah! Geç kaldık.
            Bu kararı kabul etmiyoruz! Yarın yeniden başvuracağız. ~ Bu kararı kabul etmiyoruz!|Yarın yeniden başvuracağız.
            Ne zaman döneceksin? Yarın mı? ~ Ne zaman döneceksin?|Yarın mı?
            Bugün açıkladı.Yarın gidecek. ~ Bugün açıkladı.|Yarın gidecek.
            Sonuç açıklandı (kesin değil.) Sonra ne oldu? ~ Sonuç açıklandı (kesin değil.)|Sonra ne oldu?
            """)
    void splitsLikeUd(String text, String expected) {
        assertThat(sentences(text.strip())).containsExactly(expected.strip().split("\\|"));
    }

    @Test
    void aLineBreakAlwaysEndsASentence() {
        assertThat(sentences("Kaya kazandı\nSeçim sonuçları açıklandı")).containsExactly("Kaya kazandı",
                "Seçim sonuçları açıklandı");
        assertThat(sentences("Yeşilova'da 3\n\nBaşka haber.")).containsExactly("Yeşilova'da 3", "Başka haber.");
    }

    @Test
    void indicesCoverAllTokensInOrder() {
        String text = "Bir. İki! Üç? Dört… \"Beş.\" Altı";
        List<Token> tokens = tokenizer.tokenize(text);
        List<Sentence> s = splitter.split(text, tokens);
        assertThat(s.get(0).firstToken()).isZero();
        assertThat(s.get(s.size() - 1).lastToken()).isEqualTo(tokens.size());
        for (int i = 1; i < s.size(); i++) {
            assertThat(s.get(i).firstToken()).isEqualTo(s.get(i - 1).lastToken());
        }
    }
}
