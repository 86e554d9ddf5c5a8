package dev.kulis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizerTest {
    private final Normalizer normalizer = new Normalizer();

    @Test
    void cleanTextIsReturnedAsIsWithoutACopy() {
        String text = "Ayşe İnce, Işıkkent'te 3 gün kaldı.";
        NormalizedText n = normalizer.normalize(text);
        assertThat(n.isIdentity()).isTrue();
        assertThat(n.text()).isSameAs(text);
        assertThat(n.toOriginal(5)).isEqualTo(5);
    }

    @Test
    void oddSpacesBecomeSpacesAndInvisiblesAreDropped() {
        String text = "Ak\u00ADsoy\u00A0ve\u200B Kaya\u2009geldi";
        NormalizedText n = normalizer.normalize(text);
        assertThat(n.normalized()).isEqualTo("Aksoy ve Kaya geldi");
        // "soy" starts at normalized 2, original 3 (after the soft hyphen)
        assertThat(n.toOriginal(2)).isEqualTo(3);
        // "ve" ends at normalized 8; its original end excludes the zero-width space after it
        assertThat(n.toOriginalEnd(8)).isEqualTo(9);
        assertThat(n.toOriginal(n.end())).isEqualTo(text.length());
    }

    @Test
    void typographicVariantsAreUnified() {
        NormalizedText n = normalizer.normalize("Kaya’nın “söz” ‘hakkı’ – ön‑seçim `x´");
        assertThat(n.normalized()).isEqualTo("Kaya'nın \"söz\" 'hakkı' – ön-seçim 'x'");
    }

    @Test
    void combiningMarksAreComposedAndMappedToTheWholeSequence() {
        String text = "Is\u0327ık";           // Işık with a combining cedilla
        NormalizedText n = normalizer.normalize(text);
        assertThat(n.normalized()).isEqualTo("Işık");
        assertThat(n.toOriginal(1)).isEqualTo(1);
        assertThat(n.toOriginalEnd(2)).isEqualTo(3);
        assertThat(n.toOriginal(2)).isEqualTo(3);
        assertThat(n.toOriginalEnd(4)).isEqualTo(5);
    }

    @Test
    void regionsMapIntoTheWholeString() {
        String text = "Başlık\nKaya\u00A0geldi";
        NormalizedText n = normalizer.normalize(text, 7, text.length());
        assertThat(n.normalized()).isEqualTo("Kaya geldi");
        assertThat(n.toOriginal(0)).isEqualTo(7);
        assertThat(n.toOriginalEnd(n.end())).isEqualTo(text.length());
    }

    @Test
    void turkishCaseRoundTrips() {
        assertThat(TurkishCase.lower("İZMİR IŞIK")).isEqualTo("izmir ışık");
        assertThat(TurkishCase.upper("izmir ışık")).isEqualTo("İZMİR IŞIK");
    }
}
