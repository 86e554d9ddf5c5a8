package dev.kulis.store.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Short fictional wire stories made from templates (every name invented), as a JSON Lines file. */
final class GeneratedNews {
    private static final String[] PEOPLE = {"Oğuz Kılıçoğlu", "Deniz Karaağaç", "Sinan Yalçınkaya", "Melis Çağlayan",
            "Tuncer Özdoğan", "Aylin Göktürk", "Kerem Uysaloğlu", "Nehir Şahbaz"};
    private static final String[] CITIES = {"ANKARA", "İZMİR", "BURSA", "KONYA", "SAMSUN", "ERZURUM"};
    private static final String[] TOPICS = {"liman projesi", "yeni okul binaları", "toplu taşıma", "su kesintileri",
            "tarım destekleri", "kent parkı"};
    private static final String[] AGENCIES = {"AA", "DHA", "İHA"};

    private GeneratedNews() {
    }

    static Path write(Path file, int n) {
        ObjectMapper mapper = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String person = PEOPLE[i % PEOPLE.length];
            String other = PEOPLE[(i * 3 + 1) % PEOPLE.length];
            String city = CITIES[i % CITIES.length];
            String topic = TOPICS[(i / 2) % TOPICS.length];
            String surname = person.substring(person.indexOf(' ') + 1);
            String text = surname + " " + topic + " hakkında konuştu\n" + city + " (" + AGENCIES[i % 3] + ") - Belediye "
                    + "Başkanı " + person + ", " + topic + " için " + (i + 3) + " milyon liralık bütçe ayrıldığını "
                    + "söyledi.\n" + surname + ", \"Çalışmaları " + (i % 12 + 1) + " ay içinde bitireceğiz\" dedi. "
                    + other + " de toplantıya katıldı.";
            ObjectNode o = mapper.createObjectNode();
            o.put("id", "gen-" + i);
            o.put("date", String.format("2020-%02d-%02d", i % 12 + 1, i % 28 + 1));
            o.put("category", i % 2 == 0 ? "yerel" : "ekonomi");
            o.put("text", text);
            lines.add(o.toString());
        }
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
