package dev.kulis.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Organisations known under several names ({@code CHP} = {@code Cumhuriyet Halk Partisi}), from a data file. */
final class OrganizationAliases {
    private final Map<String, List<String>> byKey = new HashMap<>();

    OrganizationAliases() {
        for (String line : Lexicon.lines("organization-aliases.txt")) {
            List<String> names = List.of(line.split("\\s*\\|\\s*"));
            for (String n : names) {
                byKey.putIfAbsent(Lexicon.key(n), names);
            }
        }
    }

    /** All names of the organisation, canonical first, or an empty list when the name is not in the lexicon. */
    List<String> names(String base) {
        return byKey.getOrDefault(Lexicon.key(base), List.of());
    }
}
