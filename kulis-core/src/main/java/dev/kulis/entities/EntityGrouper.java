package dev.kulis.entities;

import dev.kulis.model.Entity;
import dev.kulis.model.Mention;
import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups an article's mentions into entities. A person's full name ({@code Aziz Kocaoğlu}) founds an entity;
 * a surname alone ({@code Kocaoğlu'na}, {@code SOYER}) or a first name with an honorific ({@code Tunç bey})
 * joins the first-introduced person with that surname or first name — news introduces the main person first,
 * so {@code Kocaoğlu} is the mayor, not his wife named later. Organisations group by the names of
 * {@code organization-aliases.txt} ({@code CHP} = {@code Cumhuriyet Halk Partisi}) or by their initials;
 * places and other types by their base form.
 */
final class EntityGrouper {
    private final OrganizationAliases aliases;
    private final Set<String> honorifics;
    private final NameParticles particles;

    EntityGrouper(OrganizationAliases aliases, Set<String> honorifics, NameParticles particles) {
        this.aliases = aliases;
        this.honorifics = honorifics;
        this.particles = particles;
    }

    private static final class Cluster {
        final EntityType type;
        final List<Mention> mentions = new ArrayList<>();
        final List<String> names = new ArrayList<>();
        List<String> words;

        Cluster(EntityType type, List<String> words) {
            this.type = type;
            this.words = words;
        }

        boolean fullName() {
            return words.size() >= 2;
        }
    }

    List<Entity> group(List<Mention> mentions) {
        List<Cluster> clusters = new ArrayList<>();
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt(Mention::start));
        for (Mention m : sorted) {
            EntityType type = EntityType.valueOf(m.type());
            Cluster c = type == EntityType.PERSON ? person(m, clusters) : byName(m, type, byKey, clusters);
            c.mentions.add(m);
        }
        mergeLoneNames(clusters);
        List<Entity> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Cluster c : clusters) {
            if (!c.mentions.isEmpty()) {
                out.add(entity(c, ids));
            }
        }
        return out;
    }

    private Cluster person(Mention m, List<Cluster> clusters) {
        List<String> words = nameWords(m.base());
        if (words.size() >= 2) {
            for (Cluster c : clusters) {
                if (c.type == EntityType.PERSON && c.words.equals(words)) {
                    return c;
                }
            }
            return add(clusters, new Cluster(EntityType.PERSON, words));
        }
        String w = words.isEmpty() ? Lexicon.key(m.base()) : words.get(0);
        boolean honorific = m.base().contains(" ");
        Cluster lone = null;
        for (Cluster c : clusters) {
            if (c.type != EntityType.PERSON) {
                continue;
            }
            if (c.fullName() && (honorific ? c.words.get(0).equals(w) : c.words.get(c.words.size() - 1).equals(w))) {
                return c;
            }
            if (!c.fullName() && lone == null && c.words.equals(List.of(w))) {
                lone = c;
            }
        }
        if (!honorific) {
            for (Cluster c : clusters) { // a first name alone, after the full name
                if (c.type == EntityType.PERSON && c.fullName() && c.words.get(0).equals(w)) {
                    return c;
                }
            }
        }
        return lone != null ? lone : add(clusters, new Cluster(EntityType.PERSON, List.of(w)));
    }

    /** Single names seen before the full name they belong to join it ({@code Kocaoğlu} … {@code Aziz Kocaoğlu}). */
    private static void mergeLoneNames(List<Cluster> clusters) {
        for (Cluster lone : clusters) {
            if (lone.type != EntityType.PERSON || lone.fullName() || lone.mentions.isEmpty()) {
                continue;
            }
            String w = lone.words.get(0);
            for (Cluster full : clusters) {
                if (full.type == EntityType.PERSON && full.fullName() && full.words.get(full.words.size() - 1).equals(w)) {
                    full.mentions.addAll(lone.mentions);
                    full.mentions.sort(Comparator.comparingInt(Mention::start));
                    lone.mentions.clear();
                    break;
                }
            }
        }
    }

    private Cluster byName(Mention m, EntityType type, Map<String, Cluster> byKey, List<Cluster> clusters) {
        List<String> names = type == EntityType.ORGANIZATION ? aliases.names(m.base()) : List.of();
        String own = type == EntityType.ORGANIZATION ? Municipalities.canonical(m.base()) : m.base();
        String key = type + ":" + (names.isEmpty() ? Lexicon.key(own) : Lexicon.key(names.get(0)));
        Cluster c = byKey.get(key);
        if (c == null && type == EntityType.ORGANIZATION) {
            c = byKey.get(type + ":" + initials(m.base()));
            if (c == null) {
                for (Map.Entry<String, Cluster> e : byKey.entrySet()) { // the acronym came first
                    if (e.getValue().type == type && initials(e.getValue().mentions.get(0).base()).equals(Lexicon.key(m.base()))) {
                        c = e.getValue();
                        break;
                    }
                }
            }
        }
        if (c == null) {
            c = add(clusters, new Cluster(type, List.of(Lexicon.key(m.base()))));
            c.names.addAll(names);
            byKey.put(key, c);
        }
        return c;
    }

    /** {@code Cumhuriyet Halk Partisi} → {@code chp}: the initials of the capitalised words, lower case. */
    static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                b.append(w.charAt(0));
            }
        }
        return b.length() >= 2 ? TurkishCase.lower(b) : "";
    }

    private static Cluster add(List<Cluster> clusters, Cluster c) {
        clusters.add(c);
        return c;
    }

    private List<String> nameWords(String base) {
        List<String> out = new ArrayList<>();
        for (String w : base.split("\\s+")) {
            String k = particles.nameWord(Lexicon.key(w));
            if (k != null && !k.isEmpty() && !honorifics.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private Entity entity(Cluster c, Set<String> ids) {
        String name;
        List<String> aliases = new ArrayList<>();
        if (!c.names.isEmpty()) {
            name = c.names.get(0);
            aliases.addAll(c.names.subList(1, c.names.size()));
        } else {
            name = fullest(c);
        }
        for (Mention m : c.mentions) {
            String b = display(m.base(), c.type);
            if (!Lexicon.key(b).equals(Lexicon.key(name)) && !aliases.contains(b) && c.type != EntityType.PERSON
                    && b.split("\\s+").length > 1) {
                aliases.add(b);
            }
        }
        String id = slug(name);
        String unique = id;
        for (int n = 2; !ids.add(unique); n++) {
            unique = id + "-" + n;
        }
        return new Entity(unique, c.type.name(), name, aliases, c.mentions);
    }

    /** The longest base without an honorific, in title case if the text had it in capitals; of equals, the most title-cased. */
    private String fullest(Cluster c) {
        String best = null;
        for (Mention m : c.mentions) {
            String b = m.base();
            if (c.type == EntityType.PERSON && b.contains(" ")
                    && honorifics.contains(Lexicon.key(b.substring(b.lastIndexOf(' ') + 1)))) {
                continue; // "Tunç bey": the honorific is not part of the name
            }
            b = display(c.type == EntityType.ORGANIZATION ? Municipalities.canonical(b) : b, c.type);
            if (best == null || b.length() > best.length()
                    || b.length() == best.length() && c.type.isName() && titleWords(b) > titleWords(best)) {
                best = b;
            }
        }
        return best == null ? display(c.mentions.get(0).base(), c.type) : best;
    }

    /**
     * Words in title case, less connectors and particles written with a capital: of two spellings of one name,
     * {@code İstanbul Belediyesi} names it, not {@code İstanbul belediyesi}; {@code Gençlik ve Spor Bakanlığı},
     * not a headline's {@code Gençlik Ve Spor Bakanlığı}; {@code Robin van Persie}, not {@code Robin Van Persie}.
     */
    private int titleWords(String s) {
        int n = 0;
        String[] words = s.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || TurkishCase.isAllCaps(w)) {
                continue;
            }
            String key = Lexicon.key(w);
            boolean small = NameRanges.CONNECTORS.contains(key) || particles.nameWord(key) == null;
            n += !small ? 1 : i > 0 ? -1 : 0; // a particle may open a name with a capital (El Kaide)
        }
        return n;
    }

    /** ALL-CAPS words of people's and places' names read in title case ({@code Umut KARAKOYUN}); acronyms stay. */
    private static String display(String base, EntityType type) {
        if (type == EntityType.ORGANIZATION || base.contains(".")) {
            return base;
        }
        String[] words = base.split(" ");
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() > 3 && TurkishCase.isAllCaps(words[i])) {
                words[i] = TurkishCase.title(words[i]);
            }
        }
        return String.join(" ", words);
    }

    static String slug(String name) {
        String f = TurkishCase.foldAscii(name);
        StringBuilder b = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char ch = f.charAt(i);
            if (Character.isLetterOrDigit(ch)) {
                b.append(ch);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
            b.setLength(b.length() - 1);
        }
        return b.length() == 0 ? "entity" : b.toString();
    }
}
