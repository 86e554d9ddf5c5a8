package dev.kulis.text;

import java.util.List;
import java.util.Set;

/**
 * The case, plural and possessive suffixes that follow a proper name, in lower case: what may stand after an
 * apostrophe ({@code Kocaoğlu'na}) or, in older archives, without one ({@code Kardashianın}).
 */
public final class SuffixForms {
    /** Longest first within each family. */
    public static final List<String> ALL = List.of(
            "nındaki", "nindeki", "nundaki", "nündeki", "ndaki", "ndeki", "daki", "deki", "taki", "teki",
            "ların", "lerin", "ları", "leri", "lara", "lere", "larda", "lerde", "lardan", "lerden", "lar", "ler",
            "nın", "nin", "nun", "nün", "ın", "in", "un", "ün",
            "nda", "nde", "da", "de", "ta", "te",
            "ndan", "nden", "dan", "den", "tan", "ten",
            "ya", "ye", "na", "ne", "a", "e",
            "yı", "yi", "yu", "yü", "nı", "ni", "nu", "nü", "ı", "i", "u", "ü",
            "yla", "yle", "la", "le", "ca", "ce", "ça", "çe", "dır", "dir");

    private static final Set<String> SET = Set.copyOf(ALL);

    private SuffixForms() {
    }

    /** Whether {@code lowerTail} is one of {@link #ALL}. */
    public static boolean contains(String lowerTail) {
        return SET.contains(lowerTail);
    }
}
