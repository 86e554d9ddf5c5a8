package dev.kulis.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What {@link Reading} works out once (derivations, proper, case, tag tests) and {@link ReadingScorer#markedTags}
 * equal their original definitions on the analysis strings, on every reading of the shipped table and on edge cases.
 */
class ReadingDerivedTest {
    private static final Set<String> BARE_TAGS = Set.of("A3SG", "PNON", "NOM", "POS", "ZERO");

    @Test
    void derivedValuesEqualTheDefinitionsOnTheTable() {
        MorphTable t = Morphology.shared().table();
        List<Reading> all = new ArrayList<>();
        for (int i = 0; i < t.size(); i += 3) {
            Resolution r = t.get(t.form(i));
            if (r.readings() != null) {
                all.addAll(r.readings());
            }
        }
        for (String raw : List.of("ev+NOUN+A3SG+PNON+NOM", "a", "", "+", "++", "x+NOUN+PROP+A3SG^DB+VERB+ZERO+PAST+A3SG",
                "y+NOUN++DAT", "z+NOUN+A3SG+", "gel+VERB^DB+NOUN+ZERO+A3SG+P3SG+LOC^DB+ADJ+REL", "GEN+NOUN",
                "k+ADJ^DB+NOUN+ZERO+A3SG+P2SG+NOM", "q+PRON+PERS+A3PL+PNON+INS")) {
            all.add(Reading.of(raw, "X"));
        }
        assertThat(all.size()).isGreaterThan(50_000);
        for (Reading r : all) {
            String raw = r.raw();
            assertThat(r.derivations()).as(raw).isEqualTo(count(raw, "^DB"));
            int db = raw.indexOf("^DB");
            int p = raw.indexOf("+PROP");
            assertThat(r.proper()).as(raw).isEqualTo(p > 0 && (db < 0 || p < db));
            assertThat(r.grammaticalCase()).as(raw).isEqualTo(caseBySplit(raw));
            assertThat(r.hasTag(Reading.PRON)).as(raw).isEqualTo(raw.contains("+PRON+"));
            assertThat(r.hasTag(Reading.A3PL)).as(raw).isEqualTo(raw.contains("+A3PL"));
            assertThat(r.hasTag(Reading.STRONG)).as(raw).isEqualTo(any(raw, "+PAST", "+AOR", "+FUT", "+PROG", "+NARR", "+PRON+"));
            assertThat(r.hasTag(Reading.POSSESSIVE)).as(raw).isEqualTo(any(raw, "+P3SG", "+P3PL", "+P1SG"));
            assertThat(r.hasTag(Reading.OBLIQUE)).as(raw).isEqualTo(any(raw, "+DAT", "+LOC", "+ABL", "+INS"));
            assertThat(r.hasTag(Reading.CASED)).as(raw).isEqualTo(any(raw, "+DAT", "+LOC", "+ABL", "+GEN", "+INS", "+ACC"));
            assertThat(r.hasTag(Reading.RECIP)).as(raw).isEqualTo(raw.contains("+VERB+RECIP+"));
            assertThat(r.hasTag(Reading.SECOND)).as(raw).isEqualTo(raw.contains("+P2SG") || raw.contains("+P2PL"));
            assertThat(ReadingScorer.markedTags(r.signature())).as(raw).isEqualTo(markedTagsBySplit(r.signature()));
        }
        for (String sig : List.of("", "+", "++", "NOUN+", "NOUN++A3SG+", "+A3SG", "NOUN^DB+VERB", "A^DBB+C", "NOUN+A3^DBSG")) {
            assertThat(ReadingScorer.markedTags(sig)).as(sig).isEqualTo(markedTagsBySplit(sig));
        }
    }

    @Test
    void tableRowsDecodedInPlaceEqualTheParsedOnes() {
        MorphTable t = Morphology.shared().table();
        int checked = 0;
        for (int i = 0; i < t.size(); i += 2) {
            String w = t.form(i);
            Resolution r = t.get(w);
            Resolution parsed = t.parsed(w);
            assertThat(r).as(w).isEqualTo(parsed);
            checked++;
        }
        assertThat(checked).isGreaterThan(100_000);
    }

    private static String caseBySplit(String raw) {
        int db = raw.lastIndexOf("^DB");
        String last = db < 0 ? raw : raw.substring(db);
        for (String t : last.split("\\+")) {
            switch (t) {
                case "NOM": return "Nom";
                case "ACC": return "Acc";
                case "DAT": return "Dat";
                case "LOC": return "Loc";
                case "ABL": return "Abl";
                case "GEN": return "Gen";
                case "INS": return "Ins";
                case "EQU": return "Equ";
                default: break;
            }
        }
        return null;
    }

    private static int markedTagsBySplit(String signature) {
        int n = 0;
        String[] tags = signature.replace("^DB", "").split("\\+");
        for (int k = 1; k < tags.length; k++) {
            if (!BARE_TAGS.contains(tags[k])) {
                n++;
            }
        }
        return n;
    }

    private static boolean any(String s, String... tags) {
        for (String t : tags) {
            if (s.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static int count(String s, String sub) {
        int n = 0;
        for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
            n++;
        }
        return n;
    }
}
