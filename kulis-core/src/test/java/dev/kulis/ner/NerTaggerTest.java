package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped tagger on sentences written for this test (fictional people, places and organisations). */
class NerTaggerTest {
    private final NerTagger tagger = NerTagger.shared();

    private static List<String> tokens(String s) {
        return Arrays.asList(s.split(" "));
    }

    @Test
    void tagsPeoplePlacesAndOrganisations() {
        // Milliyet's convention, which the model learned: in "X Belediye Başkanı" X is a place
        List<String> t = tokens("Yeşilköy Belediye Başkanı Mert Karaçam , dün Ankara'da Çevre Bakanlığı'nı ziyaret etti .");
        assertThat(tagger.tag(t)).containsExactly("B-LOC", "O", "O", "B-PER", "I-PER", "O", "O", "B-LOC",
                "B-ORG", "I-ORG", "O", "O", "O");
    }

    @Test
    void eachNameCarriesAConfidenceAndTheRestNone() {
        List<String> t = tokens("Yeşilköy Belediye Başkanı Mert Karaçam , dün Ankara'da Çevre Bakanlığı'nı ziyaret etti .");
        NerTagger.Scored s = tagger.scoreDocument(List.of(t)).get(0);
        assertThat(s.tags()).isEqualTo(tagger.tag(t));
        for (int i = 0; i < t.size(); i++) {
            if (s.labels()[i] == NerLabels.O) {
                assertThat(s.confidence()[i]).isZero();
            } else {
                assertThat(s.confidence()[i]).isBetween(0.05f, 1f);
            }
        }
        // a full name with a title before it is surer than a lone capitalised word the tagger guesses at
        NerTagger.Scored vague = tagger.scoreDocument(List.of(tokens("Lodra geldi ."))).get(0);
        assertThat(s.confidence()[3]).isGreaterThan(vague.labels()[0] == NerLabels.O ? 0 : vague.confidence()[0]);
    }

    @Test
    void quotationMarksAndBracketsAreNeverInsideAName() {
        for (String s : List.of("Yönetmen Selin Aydoğdu \" Kuzey Rüzgârı \" ile yarışıyor .",
                "Kuzey Ege Partisi ( KEP ) Velora 'da toplandı .", "Mert Karaçam ' Velora ' dedi .")) {
            List<String> t = tokens(s);
            List<String> tags = tagger.tag(t);
            for (int i = 0; i < t.size(); i++) {
                if (Bilou.outsideNames(t.get(i))) {
                    assertThat(tags.get(i)).as(s + " @" + i).isEqualTo("O");
                }
            }
        }
        assertThat(Bilou.outsideNames("-")).isFalse(); // Eğitim-Sen
        assertThat(Bilou.outsideNames(".")).isFalse(); // A.Ş.
    }

    @Test
    void tagsBothTokenisationsOfASuffixAlike() {
        List<String> kulis = tokens("Başkan Selin Aydoğdu'nun İzmir'deki konuşması Kuzey Ege Partisi'ni kızdırdı .");
        List<String> milliyet = tokens("Başkan Selin Aydoğdu 'nun İzmir 'deki konuşması Kuzey Ege Partisi 'ni kızdırdı .");
        List<String> a = tagger.tag(kulis);
        List<String> b = tagger.tag(milliyet);
        assertThat(a).containsExactly("O", "B-PER", "I-PER", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O");
        assertThat(b).containsExactly("O", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "B-ORG", "I-ORG", "I-ORG",
                "O", "O", "O");
    }

    @Test
    void tagsNamesWrittenWithoutApostrophesAndInCapitals() {
        // older archives and careless copy drop the apostrophe before a name's suffix; headings are in capitals
        assertThat(tagger.tag(tokens("Başkan Selin Aydoğdunun İzmirdeki konuşması Kuzey Ege Partisini kızdırdı .")))
                .containsExactly("O", "B-PER", "I-PER", "B-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O");
        assertThat(tagger.tag(tokens("BAŞKAN SELİN AYDOĞDU İZMİR'DE KONUŞTU")))
                .containsExactly("O", "B-PER", "I-PER", "B-LOC", "O");
        List<List<String>> tags = tagger.tagDocument(List.of(
                tokens("Emekli öğretmen Nurettin Balcıoğlu dün Ankaraya gitti ve Çevre Bakanlığını ziyaret etti ."),
                tokens("Balcıoğlunun kütüphanesi Yeşilköyde açıldı .")));
        assertThat(tags.get(0)).containsExactly("O", "O", "B-PER", "I-PER", "O", "B-LOC", "O", "O", "B-ORG", "I-ORG",
                "O", "O", "O");
        assertThat(tags.get(1)).containsExactly("B-PER", "O", "B-LOC", "O", "O");
    }

    @Test
    void aSurnameAloneIsAPersonWhenTheArticleNamedThePersonBefore() {
        List<List<String>> doc = List.of(
                tokens("Emekli öğretmen Nurettin Balcıoğlu , köyüne kütüphane kurdu ."),
                tokens("Balcıoğlu , kitapların çoğunu kendisi topladı ."));
        List<List<String>> tags = tagger.tagDocument(doc);
        assertThat(tags.get(0)).containsExactly("O", "O", "B-PER", "I-PER", "O", "O", "O", "O", "O");
        assertThat(tags.get(1).get(0)).isEqualTo("B-PER");
    }

    @Test
    void keepsOneTagPerTokenForAnyInput() {
        assertThat(tagger.tag(List.of())).isEmpty();
        assertThat(tagger.tag(List.of("'nin"))).containsExactly("O");
        List<String> odd = tokens("'' ' , . ... 123 'da ABC'nin x");
        assertThat(tagger.tag(odd)).hasSize(odd.size());
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<String> t = tokens("Mert Karaçam dün Sivas'a gitti .");
        List<String> expected = tagger.tag(t);
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicInteger wrong = new java.util.concurrent.atomic.AtomicInteger();
        for (int k = 0; k < 4; k++) {
            Thread th = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    if (!NerTagger.shared().tag(t).equals(expected)) {
                        wrong.incrementAndGet();
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertThat(wrong.get()).isZero();
        assertThat(NerTagger.shared()).isSameAs(tagger);
    }
}
