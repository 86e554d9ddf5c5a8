package dev.kulis.store.registry;

import dev.kulis.model.Entity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry's memory, not thread-safe by itself (the registry guards it with its lock): entities by number,
 * ids and other name keys to numbers, word indexes for {@code find} and short forms, a string pool for offices
 * and affiliations, and the number of articles learnt.
 */
final class RegistryState {
    /** Co-mentions recorded per article and person: the most-mentioned others (an article listing 100 names
     * must not flush a profile). */
    static final int COMENTIONS_PER_ARTICLE = 20;

    final List<RegistryEntity> entities = new ArrayList<>();
    final Map<String, Integer> byId = new HashMap<>();
    /** Other names of organisations and places ({@code org:chp} → Cumhuriyet Halk Partisi). */
    final Map<String, Integer> aliasKeys = new HashMap<>();
    final Map<String, IntList> byWord = new HashMap<>();
    /** Full-name people by last and by first word of their id: the candidates of a short form. */
    final Map<String, IntList> bySurname = new HashMap<>();
    final Map<String, IntList> byGivenName = new HashMap<>();
    final List<String> strings = new ArrayList<>();
    final Map<String, Integer> stringIds = new HashMap<>();
    long articles;

    RegistryEntity get(int n) {
        return entities.get(n);
    }

    /** The entity number of an id or other name key of the same form ({@code org:chp}), or -1. */
    int lookup(String key) {
        Integer n = byId.get(key);
        if (n == null) {
            n = aliasKeys.get(key);
        }
        return n == null ? -1 : n;
    }

    int number(String id) {
        Integer n = byId.get(id);
        return n == null ? -1 : n;
    }

    int create(String id, Kind kind, String name) {
        int n = entities.size();
        RegistryEntity e = new RegistryEntity(id, kind, name);
        entities.add(e);
        byId.put(id, n);
        indexWords(n, name);
        String[] words = e.slug().split("-");
        for (String w : words) { // the id's words are always findable
            post(w, n);
        }
        if (e.profiled()) {
            bySurname.computeIfAbsent(words[words.length - 1], k -> new IntList()).add(n);
            byGivenName.computeIfAbsent(words[0], k -> new IntList()).add(n);
        }
        return n;
    }

    int intern(String s) {
        Integer n = stringIds.get(s);
        if (n == null) {
            n = strings.size();
            strings.add(s);
            stringIds.put(s, n);
        }
        return n;
    }

    /** The pool number of a string, or -1 when it was never interned. */
    int stringId(String s) {
        Integer n = stringIds.get(s);
        return n == null ? -1 : n;
    }

    void indexWords(int n, String name) {
        for (String w : NameForms.words(name)) {
            post(w, n);
        }
    }

    private void post(String word, int n) {
        byWord.computeIfAbsent(word, k -> new IntList()).add(n);
    }

    IntList postings(String word) {
        return byWord.get(word);
    }

    /** Below this many articles an entity is rare enough that being named with a person says something. */
    static final int RARE = 20;
    /** How much more often than by chance a frequent entity must be named with a person to say something. */
    static final double MIN_LIFT = 3.0;

    /**
     * Whether co-mention {@code c}, named with a person in {@code together} of the person's {@code seen}
     * articles, tells who the person is: a rare entity does; a frequent one (Türkiye, Ankara) only when it is
     * named with the person far more often than in articles at large (Suriye with Esad, not with everyone).
     */
    boolean telling(int c, int together, int seen) {
        int seenC = entities.get(c).seen;
        if (seenC <= RARE) {
            return true;
        }
        double withPerson = (double) together / Math.max(1, seen);
        double atLarge = (double) seenC / Math.max(1, articles);
        return withPerson >= MIN_LIFT * atLarge;
    }

    /**
     * Learns an article with the ids it was given: new entities, names and aliases, and the profiles of
     * full-name people (offices, affiliations, co-mentions).
     */
    void learn(ArticleView view, String[] ids, OrgLexicon lexicon) {
        articles++;
        int[] nums = new int[ids.length];
        Arrays.fill(nums, -1);
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == null) {
                continue;
            }
            Entity e = view.entity(i);
            Kind kind = Kind.ofId(ids[i]);
            int n = number(ids[i]);
            if (n < 0) {
                n = createFromArticle(ids[i], kind, e, lexicon);
            }
            nums[i] = n;
            learnNames(n, e, kind, lexicon);
        }
        int[] distinct = Arrays.stream(nums).filter(n -> n >= 0).distinct().toArray();
        for (int n : distinct) {
            entities.get(n).seen++;
        }
        for (int i = 0; i < ids.length; i++) {
            RegistryEntity r = nums[i] < 0 ? null : entities.get(nums[i]);
            if (r == null || !r.profiled()) {
                continue;
            }
            for (String o : view.offices(i)) {
                r.offices.add(intern(o));
            }
            for (String a : view.affiliations(i, ids, lexicon)) {
                r.affiliations.add(intern(a));
            }
            for (int other : topOthers(view, nums, nums[i])) {
                r.comentions.add(other);
            }
        }
    }

    /** The article's other entities, most mentioned first, at most {@link #COMENTIONS_PER_ARTICLE}. */
    private static int[] topOthers(ArticleView view, int[] nums, int self) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < nums.length; i++) {
            if (nums[i] >= 0 && nums[i] != self) {
                order.add(i);
            }
        }
        order.sort(Comparator.comparingInt((Integer i) -> -view.entity(i).mentions().size()));
        return order.stream().mapToInt(i -> nums[i]).distinct().limit(COMENTIONS_PER_ARTICLE).toArray();
    }

    private void learnNames(int n, Entity e, Kind kind, OrgLexicon lexicon) {
        RegistryEntity r = entities.get(n);
        List<String> names = new ArrayList<>(1 + e.aliases().size());
        names.add(NameForms.display(e.name(), kind == Kind.PERSON));
        if (kind != Kind.PERSON) { // a person's aliases are its short forms, learnt as they are resolved
            for (String a : e.aliases()) {
                names.add(NameForms.display(a, false));
            }
        }
        for (String name : names) {
            if (name.isBlank() || name.equals(r.name) || Arrays.asList(r.aliases).contains(name)) {
                continue;
            }
            if (kind == Kind.PERSON && !NameForms.slug(r.name).equals(r.slug())
                    && NameForms.slug(name).equals(r.slug())) {
                String old = r.name; // re-learnt out of order: "Yalçınkaya" came before "Kerem Yalçınkaya"
                r.name = name;
                r.addAlias(old);
                continue;
            }
            if (kind != Kind.PERSON) {
                aliasKeys.putIfAbsent(kind.id(NameForms.slug(name)), n);
                if (kind == Kind.ORGANIZATION && name.length() > r.name.length()
                        && lexicon.bySlug(r.slug()) == null) {
                    String old = r.name; // a fuller name of an organisation first seen by its acronym
                    r.name = name;
                    r.addAlias(old);
                    indexWords(n, name);
                    continue;
                }
            }
            if (r.addAlias(name)) {
                indexWords(n, name);
            }
        }
    }

    /** A new entity: an organisation of the lexicon takes its longest name and knows all the others. */
    private int createFromArticle(String id, Kind kind, Entity e, OrgLexicon lexicon) {
        OrgLexicon.Entry lex = kind == Kind.ORGANIZATION ? lexicon.bySlug(id.substring(kind.prefix.length())) : null;
        if (lex == null) {
            return create(id, kind, NameForms.display(e.name(), kind == Kind.PERSON));
        }
        int n = create(id, kind, lex.name());
        for (String name : lex.names()) {
            aliasKeys.putIfAbsent(kind.id(NameForms.slug(name)), n);
            if (entities.get(n).addAlias(name)) {
                indexWords(n, name);
            }
        }
        return n;
    }
}
