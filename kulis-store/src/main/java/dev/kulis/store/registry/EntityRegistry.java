package dev.kulis.store.registry;

import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Resolves the entities of each article to stable archive-wide ids.
 *
 * <p>Contract: ids are stable (the same real-world entity gets the same id in every article and across ingests of
 * the same archive); mentions merge by normalised name and type, a bare surname or short form joins a full name
 * only with evidence (same office, party or co-mentioned entities), and two different people who share a surname are
 * never merged without it. Thread-safe. The registry's state can be rebuilt from what {@link #resolve} returned
 * (stored per article and re-learnt with {@link #learn}) or read from a snapshot ({@link #write}/{@link #read}).
 * {@link EntitySummary#articles()} counts the articles resolved or learnt here that named the entity (the store
 * keeps the authoritative count).
 *
 * <p>Ids are the type's prefix and the folded name: {@code per:ahmet-davutoglu}, {@code loc:izmir}, and for an
 * organisation of the alias lexicon its longest name ({@code CHP} → {@code org:cumhuriyet-halk-partisi}). A full
 * name's id depends on its name only, so it is the same whatever order articles come in; a short form's depends on
 * what was known when it was read ({@code per:davutoglu} when no full name had the evidence). Resolving takes a
 * write lock for about 50 µs an article; {@link #find} and {@link #summary} share a read lock.
 */
public final class EntityRegistry {
    private static final OrgLexicon LEXICON = new OrgLexicon();

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final RegistryState state;
    private final ShortFormMatcher matcher;
    private final EntityFinder finder;

    public EntityRegistry() {
        this(new RegistryState());
    }

    private EntityRegistry(RegistryState state) {
        this.state = state;
        this.matcher = new ShortFormMatcher(state);
        this.finder = new EntityFinder(state);
    }

    /** Archive-wide ids for {@code article.entities()}, same order and size (PERSON, ORGANIZATION, LOCATION get
     * ids; other types get null). Learns the article's names and aliases. */
    public List<String> resolve(Article article) {
        ArticleView view = new ArticleView(article);
        lock.writeLock().lock();
        try {
            String[] ids = decide(view);
            state.learn(view, ids, LEXICON);
            return Collections.unmodifiableList(Arrays.asList(ids));
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Re-learns a stored article with the ids {@link #resolve} gave it, when a snapshot is missing or stale. */
    public void learn(Article article, List<String> ids) {
        if (ids.size() != article.entities().size()) {
            throw new IllegalArgumentException("article " + article.id() + " has " + article.entities().size()
                    + " entities but " + ids.size() + " ids");
        }
        String[] given = ids.toArray(new String[0]);
        for (String id : given) {
            if (id != null) {
                Kind.ofId(id); // fails fast on an id the registry never gives
            }
        }
        ArticleView view = new ArticleView(article);
        lock.writeLock().lock();
        try {
            state.learn(view, given, LEXICON);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Writes the whole state (for a snapshot the store saves beside each index commit). */
    public void write(OutputStream out) throws IOException {
        lock.readLock().lock();
        try {
            Snapshot.write(state, out);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Reads a state {@link #write} wrote. */
    public static EntityRegistry read(InputStream in) throws IOException {
        return new EntityRegistry(Snapshot.read(in));
    }

    /** The entity's fullest name, type and aliases as known now. */
    public Optional<EntitySummary> summary(String id) {
        lock.readLock().lock();
        try {
            int n = state.number(id);
            if (n < 0) {
                return Optional.empty();
            }
            RegistryEntity e = state.get(n);
            return Optional.of(new EntitySummary(e.id, e.kind.name(), e.name, List.of(e.aliases), e.seen));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Ids whose name or alias matches {@code name} in any form (suffixes, case, letters without Turkish
     * characters: {@code davutoglu} → Ahmet Davutoğlu), best match first. */
    public List<String> find(String name, int limit) {
        lock.readLock().lock();
        try {
            return finder.find(name, limit);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Number of entities known. */
    public int size() {
        lock.readLock().lock();
        try {
            return state.entities.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The id of the n-th entity known (0 ≤ n < {@link #size()}), in the order they were first seen. */
    public String idAt(int n) {
        lock.readLock().lock();
        try {
            return state.get(n).id;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Ids for the article: names first, then short forms matched against the registry with the article's
     * evidence (the other entities already resolved, offices and parties from the roles). */
    private String[] decide(ArticleView view) {
        String[] ids = new String[view.size()];
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            Entity e = view.entity(i);
            Kind kind = Kind.of(e.type());
            if (kind == null) {
                continue;
            }
            switch (kind) {
                case ORGANIZATION -> ids[i] = organizationId(e);
                case LOCATION -> ids[i] = known(e, Kind.LOCATION);
                case PERSON -> {
                    List<String> words = NameForms.personWords(e.name());
                    String id = Kind.PERSON.id(NameForms.slug(words));
                    if (words.size() >= 2 && state.number(id) >= 0) {
                        ids[i] = id;
                    } else {
                        pending.add(i);
                    }
                }
            }
        }
        if (pending.isEmpty()) {
            return ids;
        }
        IntList context = new IntList();
        for (String id : ids) {
            int n = id == null ? -1 : state.number(id);
            if (n >= 0) {
                context.add(n);
            }
        }
        for (int i : pending) {
            String name = view.entity(i).name();
            List<String> words = NameForms.personWords(name);
            boolean firstName = words.size() == 1 && NameForms.hasHonorific(name);
            ShortFormMatcher.Evidence ev = new ShortFormMatcher.Evidence(view.offices(i),
                    view.affiliations(i, ids, LEXICON), distinct(context));
            int m = matcher.match(words, firstName, ev);
            ids[i] = m >= 0 ? state.get(m).id : Kind.PERSON.id(NameForms.slug(words));
            if (m >= 0) {
                context.add(m);
            }
        }
        return ids;
    }

    private static int[] distinct(IntList l) {
        int[] a = new int[l.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = l.get(i);
        }
        return Arrays.stream(a).distinct().toArray();
    }

    /** An organisation of the lexicon by its longest name; else a name or alias the registry knows; else its own. */
    private String organizationId(Entity e) {
        for (String n : names(e)) {
            OrgLexicon.Entry lex = LEXICON.bySlug(NameForms.slug(n));
            if (lex != null) {
                return Kind.ORGANIZATION.id(lex.slug());
            }
        }
        return known(e, Kind.ORGANIZATION);
    }

    /** The entity the name or one of the article's aliases already names, else an id of the name. */
    private String known(Entity e, Kind kind) {
        for (String n : names(e)) {
            int k = state.lookup(kind.id(NameForms.slug(n)));
            if (k >= 0) {
                return state.get(k).id;
            }
        }
        return kind.id(NameForms.slug(e.name()));
    }

    private static List<String> names(Entity e) {
        if (e.aliases().isEmpty()) {
            return List.of(e.name());
        }
        List<String> out = new ArrayList<>(1 + e.aliases().size());
        out.add(e.name());
        out.addAll(e.aliases());
        return out;
    }
}
