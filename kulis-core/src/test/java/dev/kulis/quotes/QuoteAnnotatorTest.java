package dev.kulis.quotes;

import static dev.kulis.quotes.Annotated.addressee;
import static dev.kulis.quotes.Annotated.quote;
import static dev.kulis.quotes.Annotated.speaker;
import static dev.kulis.quotes.Annotated.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Article;
import dev.kulis.model.Quote;
import org.junit.jupiter.api.Test;

/** The quote layer on stories written for these tests (fictional people and places). */
class QuoteAnnotatorTest {
    private static final String PARK = """
            Yeşilköy'de yeni park yazın açılıyor
            Yeşilköy Belediye Başkanı Mert Aydınoğlu, yeni parkın yazın açılacağını belirtti. Aydınoğlu, gazetecilere "Parkı hep birlikte açacağız. Kimse geride kalmayacak" dedi.
            Projeyi öven Vali Selin Karataş da kentin değiştiğini kaydetti. "Bu kent hepimizin" diyen Karataş, gençlere çağrıda bulundu.
            Kaymakamlıktan yapılan açıklamada ise yolun kapatıldığı bildirildi. Yetkililer, köprünün onarılmasını istedi.
            Karataş'ın “Yeşil Vadiler” adlı kitabı geçen yıl çıkmıştı. Aydınoğlu ise "kendi görüşleri"ni yazdı.
            Aydınoğlu sözlerine şöyle devam etti: ‘Yarın sabah ilk ağacı birlikte dikeceğiz.’
            Karataş, ''Bu şehre güveniyorum'' ifadelerini kullandı. Bütçenin yeterli olduğunu ifade eden Başkan Aydınoğlu, parkın 40 dönüm olacağını söyledi.
            """;

    private static final String PRODROP = """
            Dağkent'te su kesintisi
            Dağkent Belediye Başkanı Oya Tezcan, kesintinin iki gün süreceğini açıkladı. Tezcan, sabah saatlerinde basın toplantısı düzenledi.
            Barajdaki suyun azaldığını hatırlattı. «Tasarruf etmek zorundayız» diye konuştu.
            Muhalefet lideri Kaan Erdem ise, kesintinin önceden duyurulmadığını savundu.
            "Vatandaş mağdur edildi" diye konuştu Erdem.
            Tezcan da Erdem'e, "Eleştirileri dikkate alacağız" dedi.
            """;

    @Test
    void directQuotesInEveryMarkStyleWithTheirCues() {
        Article a = Annotated.story("park", PARK);
        Quote q = quote(a, "Parkı hep birlikte açacağız");
        assertThat(q.kind()).isEqualTo("direct");
        assertThat(q.text()).isEqualTo("Parkı hep birlikte açacağız. Kimse geride kalmayacak");
        assertThat(q.cue()).isEqualTo("dedi");
        assertThat(speaker(q)).isEqualTo("Mert Aydınoğlu");
        assertThat(addressee(q)).isEqualTo("gazetecilere");

        Quote single = quote(a, "ilk ağacı");
        assertThat(single.kind()).isEqualTo("direct");
        assertThat(single.cue()).isEqualTo("devam etti");
        assertThat(speaker(single)).isEqualTo("Mert Aydınoğlu");

        Quote doubled = quote(a, "Bu şehre güveniyorum");
        assertThat(doubled.text()).isEqualTo("Bu şehre güveniyorum");
        assertThat(doubled.cue()).isEqualTo("ifadelerini kullandı");
        assertThat(speaker(doubled)).isEqualTo("Selin Karataş");

        for (Quote x : a.quotes()) {
            assertThat(a.text().substring(x.start(), x.end())).isEqualTo(x.text());
            if (x.cue() != null) {
                assertThat(a.text().substring(x.cueStart(), x.cueEnd())).isEqualTo(x.cue());
            }
        }
    }

    @Test
    void participleCueGivesItsHeadAsSpeaker() {
        Article a = Annotated.story("park", PARK);
        Quote diyen = quote(a, "Bu kent hepimizin");
        assertThat(diyen.cue()).isEqualTo("diyen");
        assertThat(speaker(diyen)).isEqualTo("Selin Karataş");

        Quote ifade = quote(a, "Bütçenin yeterli olduğunu");
        assertThat(ifade.kind()).isEqualTo("indirect");
        assertThat(ifade.text()).isEqualTo("Bütçenin yeterli olduğunu");
        assertThat(ifade.cue()).isEqualTo("ifade eden");
        assertThat(speaker(ifade)).isEqualTo("Mert Aydınoğlu");
    }

    @Test
    void indirectClausesRunFromTheirFirstWordToTheNominalisedVerb() {
        Article a = Annotated.story("park", PARK);
        Quote belirtti = quote(a, "açılacağını");
        assertThat(belirtti.kind()).isEqualTo("indirect");
        assertThat(belirtti.text()).isEqualTo("yeni parkın yazın açılacağını");
        assertThat(speaker(belirtti)).isEqualTo("Mert Aydınoğlu");

        Quote kaydetti = quote(a, "değiştiğini");
        assertThat(kaydetti.text()).isEqualTo("kentin değiştiğini");
        assertThat(speaker(kaydetti)).isEqualTo("Selin Karataş");

        Quote after = quote(a, "parkın 40 dönüm olacağını");
        assertThat(after.text()).isEqualTo("parkın 40 dönüm olacağını");
        assertThat(speaker(after)).isEqualTo("Mert Aydınoğlu");
    }

    @Test
    void groupsAndStatementSourcesSpeak() {
        Article a = Annotated.story("park", PARK);
        Quote istedi = quote(a, "onarılmasını");
        assertThat(istedi.text()).isEqualTo("köprünün onarılmasını");
        assertThat(istedi.speaker().entity()).isNull();
        assertThat(speaker(istedi)).isEqualTo("yetkililer");

        Quote bildirildi = quote(a, "kapatıldığı");
        assertThat(bildirildi.text()).isEqualTo("yolun kapatıldığı");
        assertThat(speaker(bildirildi)).isEqualTo("kaymakamlık");
    }

    @Test
    void titlesTermsAndUncuedWordsAreNotQuotes() {
        Article a = Annotated.story("park", PARK);
        assertThat(texts(a)).noneMatch(t -> t.contains("Yeşil Vadiler"));
        assertThat(texts(a)).noneMatch(t -> t.contains("kendi görüşleri"));
    }

    @Test
    void proDropTakesTheSpeakerFromTheSentencesBefore() {
        Article a = Annotated.story("dagkent", PRODROP);
        Quote hatirlatti = quote(a, "azaldığını");
        assertThat(hatirlatti.text()).isEqualTo("Barajdaki suyun azaldığını");
        assertThat(speaker(hatirlatti)).isEqualTo("Oya Tezcan");
        assertThat(hatirlatti.confidence()).isLessThan(0.8);

        Quote guillemets = quote(a, "Tasarruf etmek zorundayız");
        assertThat(guillemets.cue()).isEqualTo("diye konuştu");
        assertThat(speaker(guillemets)).isEqualTo("Oya Tezcan");

        Quote savundu = quote(a, "duyurulmadığını");
        assertThat(savundu.text()).isEqualTo("kesintinin önceden duyurulmadığını");
        assertThat(speaker(savundu)).isEqualTo("Kaan Erdem");
    }

    @Test
    void speakerAfterTheCueAndDativeAddressee() {
        Article a = Annotated.story("dagkent", PRODROP);
        Quote after = quote(a, "Vatandaş mağdur edildi");
        assertThat(speaker(after)).isEqualTo("Kaan Erdem");

        Quote addressed = quote(a, "Eleştirileri dikkate alacağız");
        assertThat(speaker(addressed)).isEqualTo("Oya Tezcan");
        assertThat(addressee(addressed)).isEqualTo("Kaan Erdem");
    }

    @Test
    void headlineQuotesTakeTheNamedOrTheMainSpeaker() {
        String story = """
                'Kentimizi birlikte büyüteceğiz'
                Ovacık Belediye Başkanı Deniz Koralp, yeni dönemde ilçeye iki okul kazandıracaklarını söyledi. Koralp, "Kentimizi birlikte büyüteceğiz. Herkesin desteğine ihtiyacımız var" dedi.

                KORALP: OKULLAR EYLÜLDE AÇILACAK

                Koralp, okulların eylülde açılacağını da sözlerine ekledi.
                """;
        Article a = Annotated.story("ovacik", story);
        Quote line1 = a.quotes().get(0);
        assertThat(line1.kind()).isEqualTo("headline");
        assertThat(line1.text()).isEqualTo("Kentimizi birlikte büyüteceğiz");
        assertThat(speaker(line1)).isEqualTo("Deniz Koralp");

        Quote sub = quote(a, "OKULLAR EYLÜLDE AÇILACAK");
        assertThat(sub.kind()).isEqualTo("headline");
        assertThat(sub.text()).isEqualTo("OKULLAR EYLÜLDE AÇILACAK");
        assertThat(speaker(sub)).isEqualTo("Deniz Koralp");
    }

    @Test
    void aQuotedFragmentInAReportedClauseMakesAMixedQuote() {
        String story = """
                Tartışma sürüyor
                Bakan Ayla Günersu, tasarının "geri dönüşü olmayan bir adım" olduğunu söyledi.
                """;
        Article a = Annotated.story("mixed", story);
        Quote q = quote(a, "geri dönüşü olmayan");
        assertThat(q.kind()).isEqualTo("mixed");
        assertThat(q.text()).startsWith("tasarının").endsWith("olduğunu");
        assertThat(speaker(q)).isEqualTo("Ayla Günersu");
        assertThat(a.quotes()).hasSize(1);
    }

    @Test
    void anUnbalancedMarkDoesNotSwallowTheArticle() {
        StringBuilder story = new StringBuilder("Uzun bir haber\nMuhtar Cem Yıldıran, \"Köyümüz güzel dedi.\n");
        for (int i = 0; i < 60; i++) {
            story.append("Köyde hayat her gün aynı biçimde sürüyor ve kimse şikayet etmiyor. ");
        }
        story.append("\nYıldıran, \"Yolumuz yapılsın\" dedi.\n");
        Article a = Annotated.story("open", story.toString());
        assertThat(a.quotes()).allMatch(q -> q.end() - q.start() < 200);
        assertThat(speaker(quote(a, "Yolumuz yapılsın"))).isEqualTo("Cem Yıldıran");
    }

    @Test
    void dativeClausesAndColonLeadIns() {
        String story = """
                Sahilde alarm
                Deniz biyoloğu Ece Tanrıöver, saldırının kalabalıkla bağlantılı olabileceğine dikkat çekti.
                Tanrıöver uyardı: "Suya girmeden önce bayraklara bakın."
                Yüzme hocası Arda Kılınç, yeni kuralların uygulanacağına işaret etti.
                """;
        Article a = Annotated.story("sahil", story);
        Quote dikkat = quote(a, "olabileceğine");
        assertThat(dikkat.text()).isEqualTo("saldırının kalabalıkla bağlantılı olabileceğine");
        assertThat(dikkat.cue()).isEqualTo("dikkat çekti");
        assertThat(speaker(dikkat)).isEqualTo("Ece Tanrıöver");

        Quote colon = quote(a, "bayraklara bakın");
        assertThat(colon.kind()).isEqualTo("direct");
        assertThat(speaker(colon)).isEqualTo("Ece Tanrıöver");

        Quote isaret = quote(a, "uygulanacağına");
        assertThat(isaret.text()).isEqualTo("yeni kuralların uygulanacağına");
        assertThat(speaker(isaret)).isEqualTo("Arda Kılınç");
    }

    @Test
    void passiveReportsTakeTheirAgentOrDocumentOrTheSourceTheyContinue() {
        String story = """
                Köprüde çatlak
                Mühendis Deniz Akalın tarafından hazırlanan raporda, köprünün ayaklarında çatlaklar bulunduğu belirtildi.
                Rapora göre onarımın üç ay süreceği vurgulandı.
                Raporda, "Köprü ağır araçlara kapatılmalıdır" deniliyor.
                Tepeköy Hastanesi'nden yapılan açıklamada, yaralı işçinin durumunun iyi olduğu belirtildi.
                Bölge gazetesi Ova Haber, işçinin iskeleden düştüğünü yazdı.
                İşçinin yarın taburcu edileceği ifade edildi.
                """;
        Article a = Annotated.story("kopru", story);
        assertThat(speaker(quote(a, "çatlaklar bulunduğu"))).isEqualTo("Deniz Akalın");
        Quote gore = quote(a, "süreceği");
        assertThat(speaker(gore)).isEqualTo("Rapora");
        assertThat(gore.speaker().entity()).isNull();
        assertThat(speaker(quote(a, "ağır araçlara"))).isEqualTo("Raporda");
        assertThat(speaker(quote(a, "taburcu edileceği"))).contains("Tepeköy Hastanesi");
    }

    @Test
    void groupCompoundsKeepTheirModifiersAndDescriptionsResolveToTheNamedPerson() {
        String story = """
                Ova Köyü'nde baraj tartışması
                Çevre Derneği Başkanı Leyla Sarıkaya, barajın köyü su altında bırakacağını söyledi.
                Öte yandan muhalefet partileri, projenin yasaya aykırı olduğunu ileri sürdü.
                Doğa hakları savunucuları, barajın kuşları yok edeceğini belirtti.
                Yerel radyoya konuşan dernek yetkilisi, "Köyümüzü bırakmayacağız" dedi.
                """;
        Article a = Annotated.story("baraj", story);
        assertThat(speaker(quote(a, "yasaya aykırı"))).isEqualTo("muhalefet partileri");
        assertThat(speaker(quote(a, "kuşları yok"))).isEqualTo("Doğa hakları savunucuları");
        assertThat(speaker(quote(a, "Köyümüzü bırakmayacağız"))).isEqualTo("Leyla Sarıkaya");
    }

    @Test
    void noBreakSpaceAfterTheColonStillIntroducesTheQuotation() {
        String story = "Fuarda yeni ürün\nŞirketin Genel Müdürü Tuna Erbil, şunları kaydetti:\u00a0 ''Bu yıl üç yeni"
                + " ürünü aynı anda satışa çıkarıyoruz. Talep çok yüksek.''\n";
        Article a = Annotated.story("fuar", story);
        Quote q = quote(a, "üç yeni");
        assertThat(q.kind()).isEqualTo("direct");
        assertThat(q.cue()).isEqualTo("kaydetti");
        assertThat(speaker(q)).isEqualTo("Tuna Erbil");
    }

    @Test
    void genitiveBeforeTheQuotationAndRelativeClauseHeadsSpeak() {
        String story = """
                Kutlama videosu
                Videonun sonunda ise Mavi Yol Partisi'nin 'Nice başarılı yıllara birlikte yürüyelim' mesajı yer alıyor.
                Kooperatif başkanı Sinan Oral, üyelere teşekkür etti.
                Forumda yazı yazan çiftçiler daha çok aracıların kazandığını öne sürerek, hasadı bekletme çağrısı yaptı.
                """;
        Article a = Annotated.story("video", story);
        Quote mesaj = quote(a, "Nice başarılı yıllara");
        assertThat(mesaj.kind()).isEqualTo("direct");
        assertThat(speaker(mesaj)).isEqualTo("Mavi Yol Partisi");
        assertThat(speaker(quote(a, "aracıların kazandığını"))).isEqualTo("çiftçiler");
    }

    @Test
    void anAllegationNobodyMakesIsNotAQuote() {
        String story = """
                Yeni telefon
                Şirket Başkanı Bora Aktaş, yeni modelin eylülde çıkacağını açıkladı.
                Daha önce modelin ucuz bir kasayla üretileceği iddia ediliyordu.
                """;
        Article a = Annotated.story("telefon", story);
        assertThat(speaker(quote(a, "eylülde çıkacağını"))).isEqualTo("Bora Aktaş");
        assertThat(texts(a)).noneMatch(t -> t.contains("ucuz bir kasayla"));
    }
}
