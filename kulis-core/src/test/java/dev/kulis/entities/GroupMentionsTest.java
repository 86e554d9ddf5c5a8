package dev.kulis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.Mention;
import dev.kulis.model.Metadata;
import dev.kulis.morph.MorphAnnotator;
import dev.kulis.text.TextAnnotator;
import dev.kulis.wire.WireParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A surname before {@code çifti}/{@code ailesi}/{@code kardeşler} names everyone of the article who bears it. */
class GroupMentionsTest {

    private static Article annotate(String story) {
        Article read = new WireParser().parse("group", story, Metadata.empty());
        Article tokenized = new MorphAnnotator().annotate(new TextAnnotator().annotate(read));
        return new EntityAnnotator(sentences -> sentences.stream().map(EntityAnnotatorTest::standIn).toList(),
                a -> List.of()).annotate(tokenized);
    }

    private static List<String> texts(Article a, String name) {
        Entity e = a.entities().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void theCoupleIsAMentionOfBoth() {
        Article a = annotate("Rıza Tepeli ve eşi Selma Tepeli fuara geldi. Tepeli çiftini Kemal Orhun karşıladı. "
                + "Tepeli, fuarı beğendiğini söyledi.\n");
        assertThat(texts(a, "Rıza Tepeli")).containsExactly("Rıza Tepeli", "Tepeli", "Tepeli");
        // the couple's span, and only it, joins the second Tepeli
        assertThat(texts(a, "Selma Tepeli")).containsExactly("Selma Tepeli", "Tepeli");
        Mention group = a.entities().stream().filter(x -> x.name().equals("Selma Tepeli")).findFirst().orElseThrow()
                .mentions().get(1);
        assertThat(a.text().substring(group.end())).startsWith(" çiftini");
    }

    @Test
    void aFamilyOfOnePersonOfTheArticleChangesNothingAndOthersAreUntouched() {
        Article a = annotate("Kemal Orhun ve Selma Tepeli toplantıya katıldı. Orhun ailesi de oradaydı.\n");
        assertThat(texts(a, "Kemal Orhun")).containsExactly("Kemal Orhun", "Orhun");
        assertThat(texts(a, "Selma Tepeli")).containsExactly("Selma Tepeli");
    }
}
