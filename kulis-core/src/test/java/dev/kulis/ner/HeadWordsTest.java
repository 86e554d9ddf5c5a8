package dev.kulis.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadWordsTest {
    private final HeadWords heads = new HeadWords(new WordList(Set.of("firması", "şirketi", "bakanlığı",
            "kulübü", "holding", "caddesi")));

    @Test
    void possessedHeadsMatchTheirCaseForms() {
        assertThat(heads.contains("firmasıyla")).isTrue();
        assertThat(heads.contains("şirketinin")).isTrue();
        assertThat(heads.contains("şirketine")).isTrue();
        assertThat(heads.contains("firmasından")).isTrue();
        assertThat(heads.contains("caddesindeki")).isTrue();
        assertThat(heads.contains("kulübünün")).isTrue();
    }

    @Test
    void pluralPossessivesNameSeveralAndFollowConsonantChanges() {
        assertThat(heads.isPlural("firmaları")).isTrue();
        assertThat(heads.isPlural("şirketlerinin")).isTrue();
        assertThat(heads.isPlural("bakanlıkları")).isTrue();
        assertThat(heads.isPlural("kulüpleri")).isTrue();
        assertThat(heads.isPlural("firması")).isFalse();
        assertThat(heads.contains("firmaları")).isTrue();
    }

    @Test
    void otherWordsAndUnpossessedEntriesGetNoForms() {
        assertThat(heads.contains("holding")).isTrue();
        assertThat(heads.contains("holdingin")).isFalse(); // not a possessed form: no generated endings
        assertThat(heads.contains("firma")).isFalse();
        assertThat(heads.contains("firmasız")).isFalse();
        assertThat(heads.contains("sirketi")).isFalse();
    }
}
