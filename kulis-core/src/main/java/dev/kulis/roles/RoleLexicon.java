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

    private RoleLexicon() {
        for (String[] f : rows("offices.tsv")) {
            offices.put(f[0], f[1]);
            if (f.length > 2 && "compound".equals(f[2])) {
                compounds.add(f[0]);
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
        for (String[] f : rows("parties.txt")) {
            parties.add(f[0]);
        }
    }

    private static List<String[]> rows(String resource) {
        return DataLines.read(RoleLexicon.class, resource).stream()
                .map(l -> TurkishCase.lower(l.strip()).split("\t")).toList();
    }

    /** The kind of office ({@code office} or {@code job}) the token heads, or null. */
    String officeKind(Token t) {
        String h = headOf(t);
        if (h != null) {
            return offices.get(h);
        }
        String k = ArticleIndex.key(t);
        String kind = offices.get(k);
        if (kind == null) {
            kind = offices.get(ArticleIndex.root(t));
        }
        if (kind == null) {
            for (String p : POSSESSIVE) {
                if (k.length() > p.length() + 1 && k.endsWith(p)) {
                    kind = offices.get(k.substring(0, k.length() - p.length()));
                    if (kind != null) {
                        break;
                    }
                }
            }
        }
        return kind;
    }

    /** The office head a token names ({@code başkanı}, {@code başkanvekili} → {@code başkan}), or null. */
    String headOf(Token t) {
        String k = ArticleIndex.key(t);
        if (offices.containsKey(k)) {
            return k;
        }
        String r = ArticleIndex.root(t);
        if (offices.containsKey(r)) {
            return r;
        }
        for (String p : POSSESSIVE) {
            if (k.length() > p.length() + 1 && k.endsWith(p) && offices.containsKey(k.substring(0, k.length() - p.length()))) {
                return k.substring(0, k.length() - p.length());
            }
        }
        for (Map.Entry<String, String> e : statusAfter.entrySet()) {
            String base = k.endsWith(e.getKey()) ? k.substring(0, k.length() - e.getKey().length()) : null;
            if (base != null && offices.containsKey(base)) {
                return base;
            }
        }
        return null;
    }

    /** The status a compound head carries ({@code başkanvekili} → acting, {@code başkanyardımcısı} → deputy). */
    String compoundStatus(Token t) {
        String k = ArticleIndex.key(t);
        for (Map.Entry<String, String> e : statusAfter.entrySet()) {
            if (k.length() > e.getKey().length() + 2 && k.endsWith(e.getKey())
                    && offices.containsKey(k.substring(0, k.length() - e.getKey().length()))) {
                return e.getValue();
            }
        }
        return null;
    }

    boolean isModifier(Token t) {
        return modifiers.contains(ArticleIndex.key(t));
    }

    /** A capitalised ministry or staff word of a title (Dışişleri, Milli, Eğitim, Savunma, Genel, Kurmay). */
    boolean isInstitution(Token t) {
        String w = t.text();
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && institutions.contains(ArticleIndex.key(t));
    }

    /** Whether an office head already carries its compound possessive (cumhurbaşkanı, milletvekili). */
    boolean isCompound(String head) {
        return compounds.contains(head);
    }

    String statusAfter(Token t) {
        return statusAfter.get(ArticleIndex.key(t));
    }

    String statusBefore(Token t) {
        return statusBefore.get(ArticleIndex.key(t));
    }

    String family(Token t) {
        return family.get(ArticleIndex.key(t));
    }

    /** Whether an organisation of this name is a political party. */
    boolean isParty(String name) {
        String n = TurkishCase.lower(name.strip());
        return parties.contains(n) || n.endsWith(" parti") || n.endsWith(" partisi") || n.endsWith("partisi");
    }
}
