package dev.kulis.roles;

import dev.kulis.lexicon.DataLines;
import dev.kulis.model.Token;
import dev.kulis.text.TurkishCase;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The role layer's word lists: office heads, title modifiers, status words, kinship words, party names. */
final class RoleLexicon {
    private static final String[] POSSESSIVE = {"sı", "si", "su", "sü", "ı", "i", "u", "ü"};
    static final RoleLexicon SHARED = new RoleLexicon();

    private final Map<String, String> offices = new HashMap<>();
    private final Set<String> modifiers = new HashSet<>();
    private final Map<String, String> statusAfter = new HashMap<>();
    private final Map<String, String> statusBefore = new HashMap<>();
    private final Map<String, String> family = new HashMap<>();
    private final Set<String> parties = new HashSet<>();
    private final Set<String> institutions = new HashSet<>();
    private final Set<String> compounds = new HashSet<>();
    private final Set<String> notTitleWords = new HashSet<>();
    private final Set<String> abbreviations = new HashSet<>();
    private final Set<String> ownedHeads = new HashSet<>();
    private final Set<String> complementWords = new HashSet<>();
    private final Set<String> genericOwners = new HashSet<>();
    /** The last letters of the possessive and status suffixes headOf strips. */
    private final String suffixEnds;

    private RoleLexicon() {
        for (String[] f : rows("offices.tsv")) {
            offices.put(f[0], f[1]);
            if (f.length > 2 && "compound".equals(f[2])) {
                compounds.add(f[0]);
            }
            if (f.length > 2 && "abbreviation".equals(f[2])) {
                abbreviations.add(f[0]);
            }
        }
        for (String[] f : rows("modifiers.txt")) {
            modifiers.add(f[0]);
        }
        for (String[] f : rows("status.tsv")) {
            ("before".equals(f[2]) ? statusBefore : statusAfter).put(f[0], f[1]);
        }
        for (String[] f : rows("family.tsv")) {
            family.put(f[0], f[1]);
        }
        for (String[] f : rows("institutions.txt")) {
            institutions.add(f[0]);
        }
        StringBuilder ends = new StringBuilder();
        for (String suffix : POSSESSIVE) {
            ends.append(suffix.charAt(suffix.length() - 1));
        }
        statusAfter.keySet().forEach(st -> ends.append(st.charAt(st.length() - 1)));
        suffixEnds = ends.toString();
        for (String[] f : rows("not-title-words.txt")) {
            notTitleWords.add(f[0]);
        }
        for (String[] f : rows("parties.txt")) {
            parties.add(f[0]);
        }
        for (String[] f : rows("owned-heads.txt")) {
            ownedHeads.add(f[0]);
        }
        for (String[] f : rows("complement-words.txt")) {
            complementWords.add(f[0]);
        }
        for (String[] f : rows("generic-owners.txt")) {
            genericOwners.add(f[0]);
        }
    }

    private static List<String[]> rows(String resource) {
        return DataLines.read(RoleLexicon.class, resource).stream()
                .map(l -> TurkishCase.lower(l.strip()).split("\t")).toList();
    }

    /** The kind of office ({@code office} or {@code job}) the token heads, or null. */
    String officeKind(Token t) {
        return officeKind(ArticleIndex.key(t), ArticleIndex.root(t));
    }

    String officeKind(ArticleIndex ix, int i) {
        return officeKind(ix.key(i), ix.root(i));
    }

    private String officeKind(String key, String root) {
        String h = headOf(key, root);
        return h == null ? null : offices.get(h);
    }

    /** The office head a token names ({@code başkanı}, {@code başkanvekili} → {@code başkan}), or null. */
    String headOf(Token t) {
        return headOf(ArticleIndex.key(t), ArticleIndex.root(t));
    }

    String headOf(ArticleIndex ix, int i) {
        return headOf(ix.key(i), ix.root(i));
    }

    private String headOf(String k, String r) {
        if (offices.containsKey(k)) {
            return k;
        }
        if (offices.containsKey(r)) {
            return r;
        }
        if (k.isEmpty() || suffixEnds.indexOf(k.charAt(k.length() - 1)) < 0) {
            // most words end in no letter a possessive or status suffix ends in: no suffix scan
            return null;
        }
        for (String p : POSSESSIVE) {
            if (k.length() > p.length() + 1 && k.endsWith(p) && offices.containsKey(k.substring(0, k.length() - p.length()))) {
                return k.substring(0, k.length() - p.length());
            }
        }
        for (String st : statusAfter.keySet()) {
            if (k.length() > st.length() && k.endsWith(st) && offices.containsKey(k.substring(0, k.length() - st.length()))) {
                return k.substring(0, k.length() - st.length());
            }
        }
        return null;
    }

    /** The status a compound head carries ({@code başkanvekili} → acting, {@code başkanyardımcısı} → deputy). */
    String compoundStatus(Token t) {
        return compoundStatus(ArticleIndex.key(t));
    }

    String compoundStatus(ArticleIndex ix, int i) {
        return compoundStatus(ix.key(i));
    }

    private String compoundStatus(String k) {
        for (Map.Entry<String, String> e : statusAfter.entrySet()) {
            if (k.length() > e.getKey().length() + 2 && k.endsWith(e.getKey())
                    && offices.containsKey(k.substring(0, k.length() - e.getKey().length()))) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A capitalised word that may stand before a title without being part of it (İlk, Yeni, Sayın). */
    boolean isNotTitleWord(ArticleIndex ix, int i) {
        return notTitleWords.contains(ix.key(i));
    }

    boolean isModifier(ArticleIndex ix, int i) {
        return modifiers.contains(ix.key(i));
    }

    /** A capitalised ministry or staff word of a title (Dışişleri, Milli, Eğitim, Savunma, Genel, Kurmay). */
    boolean isInstitution(ArticleIndex ix, int i) {
        String w = ix.tokens().get(i).text();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && institutions.contains(ix.key(i));
    }

    /** Whether an office head already carries its compound possessive (cumhurbaşkanı, milletvekili). */
    boolean isCompound(String head) {
        return compounds.contains(head);
    }

    String statusAfter(ArticleIndex ix, int i) {
        return statusAfter.get(ix.key(i));
    }

    String statusBefore(ArticleIndex ix, int i) {
        return statusBefore.get(ix.key(i));
    }

    String statusBefore(String key) {
        return statusBefore.get(key);
    }

    /** Whether the head is written as an abbreviation (ceo → CEO). */
    boolean isAbbreviation(String head) {
        return head != null && abbreviations.contains(head);
    }

    /** Whether the head names a post only with its owner (Başkanı, Müdürü, Sözcüsü), unlike Başbakan or Vali. */
    boolean isOwned(String head) {
        return head != null && ownedHeads.contains(head);
    }

    /** A common noun for any organisation of a kind (Şirket, Firma, Kulüp): names no owner of the post after it. */
    boolean isGenericOwner(ArticleIndex ix, int i) {
        return genericOwners.contains(ix.key(i));
    }

    boolean isGenericOwnerWord(String root) {
        return genericOwners.contains(root);
    }

    /** A word of a title that takes a complement before it (… İletişimden Sorumlu): the title begins further left. */
    boolean isComplementWord(ArticleIndex ix, int i) {
        return complementWords.contains(ix.key(i));
    }

    String family(ArticleIndex ix, int i) {
        return family.get(ix.key(i));
    }

    /** Whether an organisation of this name is a political party. */
    boolean isParty(String name) {
        String n = TurkishCase.lower(name.strip());
        return parties.contains(n) || n.endsWith(" parti") || n.endsWith(" partisi") || n.endsWith("partisi");
    }
}
