package dev.kulis.cli;

import dev.kulis.store.search.SearchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The 100 queries {@code kulis bench query} times: names in Turkish and ASCII spelling, suffixed forms, lemmas and
 * inflected words, phrases, facet-filtered and date-ranged searches, blank listings.
 */
final class BenchQuerySet {
    private BenchQuerySet() {
    }

    static List<SearchRequest> queries() {
        List<SearchRequest> q = new ArrayList<>();
        // names, Turkish and ASCII spelling (20)
        for (String s : List.of("Davutoğlu", "davutoglu", "Kılıçdaroğlu", "kilicdaroglu", "Erdoğan", "erdogan",
                "Bahçeli", "bahceli", "Gül", "Babacan", "Obama", "Putin", "Esad", "Fenerbahçe", "fenerbahce",
                "Beşiktaş", "besiktas", "Galatasaray", "İstanbul", "istanbul")) {
            q.add(SearchRequest.of(s, 10));
        }
        // suffixed forms (15)
        for (String s : List.of("Davutoğlu'nun", "Davutoğluna", "Kılıçdaroğlu'na", "Erdoğan'ın", "Bahçeli'nin",
                "Türkiye'nin", "İstanbul'da", "Ankara'ya", "İzmir'de", "Suriye'deki", "Avrupa Birliği'nin",
                "Fenerbahçe'nin", "Almanya'da", "Obama'nın", "Irak'ta")) {
            q.add(SearchRequest.of(s, 10));
        }
        // lemmas and inflected words (20)
        for (String s : List.of("seçimlerde", "seçim", "ekonomi", "enflasyonun", "depremde", "maçta", "golü",
                "anayasa", "mahkemesi", "öğrenciler", "hastanede", "ihracat", "bakanlar", "teknolojisi",
                "festivalde", "sanatçı", "yağmur", "petrol fiyatları", "işsizlik oranı", "büyüme")) {
            q.add(SearchRequest.of(s, 10));
        }
        // phrases (15)
        for (String s : List.of("\"Dışişleri Bakanı\"", "\"Başbakan Erdoğan\"", "\"genel başkanı\"",
                "\"Merkez Bankası\"", "\"Süper Lig\"", "\"Avrupa Birliği\"", "\"Birleşmiş Milletler\"",
                "\"basın toplantısı\"", "\"Ahmet Davutoğlu\"", "\"Kemal Kılıçdaroğlu\"", "\"teknik direktör\"",
                "\"milli takım\"", "\"sağlık bakanlığı\"", "\"dışişleri bakanı davutoglu\"", "\"yerel seçim\"")) {
            q.add(SearchRequest.of(s, 10));
        }
        // facet-filtered and date-ranged (25)
        String[][] filtered = {{"gol", "category", "spor"}, {"Davutoğlu", "category", "dunya"},
                {"faiz", "category", "ekonomi"}, {"", "category", "siyaset"}, {"", "category", "magazin"},
                {"Erdoğan", "category", "siyaset"}, {"kilicdaroglu", "category", "siyaset"},
                {"transfer", "category", "spor"}, {"film", "category", "kultur-sanat"},
                {"kanser", "category", "saglik"}, {"telefon", "category", "teknoloji"},
                {"", "category", "planet"}, {"İran", "category", "dunya"}, {"borsa", "category", "ekonomi"},
                {"konser", "category", "magazin"}, {"deprem", "category", "turkiye"}, {"okul", "category", "genel"},
                {"Kılıçdaroğlu", "category", "turkiye"}, {"", "category", "yasam"}, {"aşı", "category", "saglik"}};
        for (String[] f : filtered) {
            q.add(new SearchRequest(f[0], Map.of(f[1], List.of(f[2])), null, null, 10, 0));
        }
        q.add(new SearchRequest("Davutoğlu", Map.of("category", List.of("dunya", "siyaset")), null, null, 10, 0));
        q.add(new SearchRequest("", Map.of("category", List.of("spor", "ekonomi")), null, null, 20, 0));
        q.add(new SearchRequest("seçim", Map.of(), "2010", "2013", 10, 0));
        q.add(new SearchRequest("", Map.of(), "2012-01", "2012-06", 10, 0));
        q.add(new SearchRequest("maç", Map.of("category", List.of("spor")), null, null, 10, 10));
        q.add(new SearchRequest("", Map.of(), null, null, 10, 0));
        q.add(new SearchRequest("", Map.of(), null, null, 50, 100));
        q.add(SearchRequest.of("hükümet muhalefet", 10));
        q.add(SearchRequest.of("ekonomi kriz", 10));
        q.add(SearchRequest.of("Davutoğlu Yunanistan", 10));
        return List.copyOf(q);
    }
}
