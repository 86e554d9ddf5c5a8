package dev.kulis.quotes;

import dev.kulis.model.Morph;
import dev.kulis.model.Token;
import dev.kulis.text.Apostrophes;
import dev.kulis.text.TurkishCase;
import java.util.Map;

/**
 * The case of a nominal token. A name's suffix after its apostrophe is read as written ({@code Kocaoğlu'na}
 * dative, {@code Soyer'in} genitive), since the analyser may read a name's suffix as a possessive, and a
 * name without an apostrophe is nominative; other words take the case of their morphological reading.
 */
final class NominalCase {
    static final String NOM = "Nom";
    static final String GEN = "Gen";
    static final String DAT = "Dat";
    static final String ACC = "Acc";
    static final String LOC = "Loc";
    static final String ABL = "Abl";
    static final String INS = "Ins";
    static final String OTHER = "Other";

    private static final Map<String, String> SUFFIXES = Map.ofEntries(
            Map.entry("in", GEN), Map.entry("ın", GEN), Map.entry("un", GEN), Map.entry("ün", GEN),
            Map.entry("nin", GEN), Map.entry("nın", GEN), Map.entry("nun", GEN), Map.entry("nün", GEN),
            Map.entry("a", DAT), Map.entry("e", DAT), Map.entry("ya", DAT), Map.entry("ye", DAT),
            Map.entry("na", DAT), Map.entry("ne", DAT),
            Map.entry("ı", ACC), Map.entry("i", ACC), Map.entry("u", ACC), Map.entry("ü", ACC),
            Map.entry("yı", ACC), Map.entry("yi", ACC), Map.entry("yu", ACC), Map.entry("yü", ACC),
            Map.entry("nı", ACC), Map.entry("ni", ACC), Map.entry("nu", ACC), Map.entry("nü", ACC),
            Map.entry("da", LOC), Map.entry("de", LOC), Map.entry("ta", LOC), Map.entry("te", LOC),
            Map.entry("nda", LOC), Map.entry("nde", LOC),
            Map.entry("dan", ABL), Map.entry("den", ABL), Map.entry("tan", ABL), Map.entry("ten", ABL),
            Map.entry("ndan", ABL), Map.entry("nden", ABL),
            Map.entry("la", INS), Map.entry("le", INS), Map.entry("yla", INS), Map.entry("yle", INS));

    private NominalCase() {
    }

    static String of(Token t) {
        String text = t.text();
        int apostrophe = Apostrophes.suffixStart(text);
        if (apostrophe > 0) {
            return SUFFIXES.getOrDefault(TurkishCase.lower(text.substring(apostrophe + 1)), OTHER);
        }
        Morph m = t.morph();
        if (apostrophe < 0 && Character.isUpperCase(text.charAt(0)) && m != null
                && (m.proper() || "PROPN".equals(m.pos()) || !m.known())) {
            return NOM; // a name takes its case endings after an apostrophe: Özkara is not özkar+a
        }
        if (m == null || m.grammaticalCase() == null) {
            return apostrophe > 0 ? OTHER : NOM;
        }
        return m.grammaticalCase();
    }
}
