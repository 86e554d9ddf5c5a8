package dev.kulis.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kulis.eval.SharedData;
import dev.kulis.model.Article;
import dev.kulis.model.Mention;
import dev.kulis.model.TimeExpression;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * ~200 real news articles (third-party, outside the repository; skipped when absent), read with two article
 * dates (none, and a day): nothing crashes, every span lies inside the text and covers what it claims, spans do
 * not overlap, and every value is well formed. Also checks that the corpus yields time expressions at all.
 */
class NewsCorpusSmokeTest {
    private static final int ARTICLES = 200;

    @Test
    void realNewsYieldsWellFormedTimes() throws IOException {
        Optional<Path> data = SharedData.data("news/kemik-42bin.jsonl");
        assumeTrue(data.isPresent(), "no kemik data");
        TimeAnnotator time = new TimeAnnotator();
        NumericMentions mentions = new NumericMentions();
        ObjectMapper json = new ObjectMapper();
        int articles = 0;
        int times = 0;
        int resolved = 0;
        try (BufferedReader r = Files.newBufferedReader(data.get(), StandardCharsets.UTF_8)) {
            String line;
            // every 100th line: a spread over the corpus's categories
            for (int n = 0; (line = r.readLine()) != null && articles < ARTICLES; n++) {
                if (n % 100 != 0) {
                    continue;
                }
                JsonNode node = json.readTree(line);
                String text = node.get("text").asText();
                articles++;
                for (String[] date : new String[][] {{null, null}, {"2012-11-20", "day"}}) {
                    Article a = time.annotate(Articles.of(text, date[0], date[1]));
                    int lastEnd = -1;
                    for (TimeExpression t : a.times()) {
                        assertThat(t.start()).isGreaterThanOrEqualTo(lastEnd);
                        assertThat(t.end()).isLessThanOrEqualTo(text.length());
                        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
                        assertThat(TimeValues.wellFormed(t.kind(), t.value())).as("%s in %s", t, node.get("id")).isTrue();
                        lastEnd = t.end();
                        times++;
                        if (t.value() != null) {
                            resolved++;
                        }
                    }
                    for (Mention m : mentions.find(a)) {
                        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
                        assertThat(m.text()).startsWith(m.base());
                    }
                }
            }
        }
        assertThat(articles).isEqualTo(ARTICLES);
        assertThat(times).isGreaterThan(ARTICLES / 2);
        assertThat(resolved).isGreaterThan(times / 2);
    }
}
