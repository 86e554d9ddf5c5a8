package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenFormsTest {
    @Test
    void readsTheApostropheSuffixOffTheToken() {
        assertThat(TokenForms.stem("Kocaoğlu'na")).isEqualTo("Kocaoğlu");
        assertThat(TokenForms.suffix("Kocaoğlu’na")).isEqualTo("'na");
        assertThat(TokenForms.lowerStem("İZMİR'DE")).isEqualTo("izmir");
        assertThat(TokenForms.suffix("1990'lı")).isEqualTo("'lı");
        assertThat(TokenForms.suffix("Ankara")).isEmpty();
        assertThat(TokenForms.suffix("'nin")).isEmpty();
    }

    @Test
    void shapesAndCapitalisation() {
        assertThat(TokenForms.shape("Kocaoğlu'na")).isEqualTo("Xx'x");
        assertThat(TokenForms.shape("A.Ş.")).isEqualTo("X.X.");
        assertThat(TokenForms.capClass("ankara")).isZero();
        assertThat(TokenForms.capClass("Ankara'da")).isEqualTo(1);
        assertThat(TokenForms.capClass("ANKARA'DA")).isEqualTo(2);
        assertThat(TokenForms.capClass("1923")).isEqualTo(3);
        assertThat(TokenForms.capClass(",")).isEqualTo(4);
    }
}
