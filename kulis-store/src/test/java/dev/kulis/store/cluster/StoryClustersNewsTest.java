package dev.kulis.store.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kulis.eval.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** On the first 1,200 articles of the shared news corpus (skipped without ../shared/data). */
class StoryClustersNewsTest {
    private static final int ARTICLES = 1200;

    @Test
    void republishedCopiesJoinAndIdenticalBodiesAlwaysShareACluster() throws IOException {
        Optional<Path> file = SharedData.data("news/kemik-42bin.jsonl");
        assumeTrue(file.isPresent(), "shared news corpus not available");
        StoryClusters clusters = new StoryClusters();
        Map<String, String> clusterOfBody = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        int identical = 0;
        try (BufferedReader r = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
            String line;
            for (int n = 0; n < ARTICLES && (line = r.readLine()) != null; n++) {
                JsonNode node = json.readTree(line);
                String text = node.path("text").asText();
                int body = text.indexOf('\n') + 1;
                long[] sig = clusters.signature(text, body, text.length());
                String cluster = clusters.assign(node.path("id").asText(), sig);
                sizes.merge(cluster, 1, Integer::sum);
                if (MinHash.size(sig) >= clusters.settings().minShingles()) {
                    String key = text.substring(body).strip();
                    String first = clusterOfBody.putIfAbsent(key, cluster);
                    if (first != null) {
                        identical++;
                        assertThat(cluster).as("identical body of %s", node.path("id").asText()).isEqualTo(first);
                    }
                }
            }
        }
        assertThat(identical).isPositive();
        // a retitled copy with a rewritten lead (J about 0.98 on the body)
        assertThat(clusters.clusterOf("kemik-42bin/dunya/1097")).isEqualTo(clusters.clusterOf("kemik-42bin/dunya/1082"));
        // copies come in small groups: a giant cluster would mean unrelated stories chained together
        assertThat(sizes.values().stream().mapToInt(Integer::intValue).max().orElse(0)).isLessThan(10);
        assertThat(sizes.size()).isGreaterThan(ARTICLES * 8 / 10);
    }
}
