package dev.kulis.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tokenization as UD Turkish writes it, on sentences about fictional people and places. */
class TurkishTokenizerTest {
    private final TurkishTokenizer tokenizer = new TurkishTokenizer();

    private List<String> forms(String text) {
        return tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    /** Input, then the expected tokens separated by {@code |}. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Ayşe Yalın'a çiçek verdi. ~ Ayşe|Yalın'a|çiçek|verdi|.
            Bekiroğlu'na 2014'teki kararı sordu. ~ Bekiroğlu'na|2014'teki|kararı|sordu|.
            Kuzeyköy’ün valisi geldi. ~ Kuzeyköy’ün|valisi|geldi|.
            Poor's'un notu düştü. ~ Poor's'un|notu|düştü|.
            Oran 1.5 değil 5,8 oldu. ~ Oran|1.5|değil|5,8|oldu|.
            Fiyat 2.500.000 liraya çıktı. ~ Fiyat|2.500.000|liraya|çıktı|.
            Toplantı 26.11.2019 günü 14:30'da. ~ Toplantı|26.11.2019|günü|14:30'da|.
            Saat 06.19'da kalktı. ~ Saat|06.19'da|kalktı|.
            Oy oranı %5 arttı, %13'ü kaldı. ~ Oy|oranı|%|5|arttı|,|%|13'ü|kaldı|.
            Sezonun 13-14. haftasında. ~ Sezonun|13|-|14.|haftasında|.
            Türk-Yunan dostluğu. ~ Türk|-|Yunan|dostluğu|.
            ve/veya kuralı ~ ve|/|veya|kuralı
            Maç 2018/2019 sezonundaydı. ~ Maç|2018/2019|sezonundaydı|.
            Prof. Dr. Ayla Terzi konuştu. ~ Prof.|Dr.|Ayla|Terzi|konuştu|.
            Doç. Dr. Kaan Er ile Av. Selim Tan. ~ Doç.|Dr.|Kaan|Er|ile|Av.|Selim|Tan|.
            Elma, armut vb. meyveler. ~ Elma|,|armut|vb.|meyveler|.
            Kalem, defter vs. aldı. ~ Kalem|,|defter|vs.|aldı|.
            T.C. Kuzeyova Valiliği ~ T.C.|Kuzeyova|Valiliği
            Yenitepe A.Ş.'nin hisseleri ~ Yenitepe|A.Ş.'nin|hisseleri
            ABD'nin elçisi geldi. ~ ABD'nin|elçisi|geldi|.
            A. Kocaseven geldi. ~ A.|Kocaseven|geldi|.
            Zanlı Emre D.'nin evi arandı. ~ Zanlı|Emre|D.'nin|evi|arandı|.
            Sanık Lale S.’ye soruldu. ~ Sanık|Lale|S.’ye|soruldu|.
            Şirketin 15. yılı ~ Şirketin|15.|yılı
            Dedem 2. Dünya Savaşı'nı anlatırdı. ~ Dedem|2.|Dünya|Savaşı'nı|anlatırdı|.
            Nüfus 2019. Yeni sayım yok. ~ Nüfus|2019|.|Yeni|sayım|yok|.
            2. Kışın ne yaparsınız? ~ 2|.|Kışın|ne|yaparsınız|?
            II. Murat dönemi ~ II.|Murat|dönemi
            Kentin onyedi. yüzyıldaki adı ~ Kentin|onyedi.|yüzyıldaki|adı
            Bekledik... Sonra gitti… ~ Bekledik|...|Sonra|gitti|…
            Gel dedi! Ne? ~ Gel|dedi|!|Ne|?
            Sitemiz www.kulisgazete.com.tr adresinde. ~ Sitemiz|www.kulisgazete.com.tr|adresinde|.
            Bkz. https://ornek.org/haber?id=5). ~ Bkz.|https://ornek.org/haber?id=5|)|.
            Adres: ayse.yalin@ornek.com.tr yazın. ~ Adres|:|ayse.yalin@ornek.com.tr|yazın|.
            #SeçimGünü etiketi ve @kulis_haber hesabı ~ #SeçimGünü|etiketi|ve|@kulis_haber|hesabı
            Sonuç (kesin değil) açıklandı. ~ Sonuç|(|kesin|değil|)|açıklandı|.
            Bugün açıkladı.Yarın gidecek. ~ Bugün|açıkladı|.|Yarın|gidecek|.
            Ali Pak: Geliyoruz; bekleyin. ~ Ali|Pak|:|Geliyoruz|;|bekleyin|.
            """)
    void splitsLikeUd(String text, String expected) {
        assertThat(forms(text.strip())).containsExactly(expected.strip().split("\\|"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            "Geleceğiz" dedi. ~ "|Geleceğiz|"|dedi|.
            “Geleceğiz” dedi. ~ “|Geleceğiz|”|dedi|.
            ‘Kısa’ bir not ~ ‘|Kısa|’|bir|not
            «Yarın» dedi ~ «|Yarın|»|dedi
            ''Seçimi kazanacağız'' dedi. ~ ''|Seçimi|kazanacağız|''|dedi|.
            Kavakoğlu'na ''Hoş geldiniz'' dedi. ~ Kavakoğlu'na|''|Hoş|geldiniz|''|dedi|.
            'Ortak vizyon' vurgusu ~ '|Ortak|vizyon|'|vurgusu
            ''Dereköy'de kalacağız'' diye konuştu. ~ ''|Dereköy'de|kalacağız|''|diye|konuştu|.
            "Bitti." Sonra gitti. ~ "|Bitti|."|Sonra|gitti|.
            "Bitti!" dedi. ~ "|Bitti|!|"|dedi|.
            "Kulis"in yazısı ~ "|Kulis"in|yazısı
            """)
    void quoteMarks(String text, String expected) {
        assertThat(forms(text.strip())).containsExactly(expected.strip().split("\\|"));
    }

    @Test
    void kinds() {
        List<Token> t = tokenizer.tokenize("Dr. Ak, 2.500 kişiye \"Gel\" dedi: www.ak.com.tr #oy @ak :) ₺");
        assertThat(t).extracting(Token::kind).containsExactly(TokenKind.ABBREVIATION, TokenKind.WORD,
                TokenKind.PUNCT, TokenKind.NUMBER, TokenKind.WORD, TokenKind.QUOTE, TokenKind.WORD,
                TokenKind.QUOTE, TokenKind.WORD, TokenKind.PUNCT, TokenKind.URL, TokenKind.HASHTAG,
                TokenKind.MENTION, TokenKind.EMOTICON, TokenKind.SYMBOL);
    }

    @Test
    void offsetsAndSpaceAfterReferToTheOriginal() {
        String text = "Ak\u00ADsoy’un\u00A0evi, (Yeşilköy)";
        List<Token> t = tokenizer.tokenize(text);
        assertThat(t).extracting(Token::text).containsExactly("Ak\u00ADsoy’un", "evi", ",", "(", "Yeşilköy", ")");
        assertThat(t.get(0).start()).isZero();
        assertThat(t.get(0).end()).isEqualTo(9);
        assertThat(t).extracting(Token::spaceAfter).containsExactly(true, false, true, false, false, false);
        assertThat(t).allSatisfy(k -> assertThat(k.morph()).isNull());
    }

    @Test
    void combiningMarksStayInTheirWord() {
        String text = "Is\u0327ık geldi";      // Işık typed with a combining cedilla
        assertThat(forms(text)).containsExactly("Is\u0327ık", "geldi");
    }

    @Test
    void regionOffsetsAreIntoTheWholeText() {
        String text = "Başlık\nAli Ak geldi.";
        List<Token> t = tokenizer.tokenize(text, 7, text.length());
        assertThat(t).extracting(Token::start).containsExactly(7, 11, 14, 19);
        assertThat(t.get(3).text()).isEqualTo(".");
    }

    @Test
    void emptyAndBlankRegions() {
        assertThat(tokenizer.tokenize("")).isEmpty();
        assertThat(tokenizer.tokenize(" \n\t\u00A0")).isEmpty();
    }
}
