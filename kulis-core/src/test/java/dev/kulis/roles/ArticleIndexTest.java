package dev.kulis.roles;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Article;
import dev.kulis.model.Morph;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared per-article index: keys, roots, whole-tag tests, and reuse between the role and event steps. */
class ArticleIndexTest {
    private static Token token(String text, String analysis) {
        return new Token(0, text.length(), text, TokenKind.WORD, true,
                analysis == null ? null : new Morph("x", "NOUN", null, false, true, analysis));
    }

    @Test
    void keysAndRootsInTurkishLowerCase() {
        assertThat(ArticleIndex.key(token("İZMİR'in", null))).isEqualTo("izmir");
        assertThat(ArticleIndex.key(token("Başkanı", null))).isEqualTo("başkanı");
        assertThat(ArticleIndex.root(token("Valisi", "vali+NOUN+A3SG+P3SG+NOM"))).isEqualTo("vali");
        assertThat(ArticleIndex.root(token("Işık", "Işık+NOUN+PROP+A3SG"))).isEqualTo("ışık");
        assertThat(ArticleIndex.root(token("görüştü", null))).isEqualTo("görüştü");
    }

    @Test
    void tagsMatchWhole() {
        Token t = token("gösteren", "göster+VERB+POS^DB+ADJ+PRESPART");
        assertThat(ArticleIndex.hasTag(t, "PRESPART")).isTrue();
        assertThat(ArticleIndex.hasTag(t, "PART")).isFalse();
        assertThat(ArticleIndex.hasTag(t, "ADJ")).isTrue();
        assertThat(ArticleIndex.hasTag(token("gelecek", "gel+VERB+POS+FUT+A3SG"), "FUT")).isTrue();
        assertThat(ArticleIndex.hasTag(token("gelecek", "gel+VERB+POS+FUTPART"), "FUT")).isFalse();
    }

    @Test
    void reusedWhileTokensAndEntitiesStayTheSame() {
        Article a = Stories.kars();
        ArticleIndex first = ArticleIndex.of(a);
        ArticleIndex again = ArticleIndex.of(a.withRoles(List.of()));
        assertThat(again.key(0)).isSameAs(first.key(0));
        assertThat(again.article().roles()).isEmpty();
        ArticleIndex rebuilt = ArticleIndex.of(a.withEntities(List.of()));
        assertThat(rebuilt.startingAt(0)).isNull();
        assertThat(rebuilt).isNotSameAs(first);
    }
}
