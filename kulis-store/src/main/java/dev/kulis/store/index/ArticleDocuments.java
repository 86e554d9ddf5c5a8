package dev.kulis.store.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kulis.json.ArticleJson;
import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.EntityRef;
import dev.kulis.model.Event;
import dev.kulis.model.Mention;
import dev.kulis.model.Metadata;
import dev.kulis.model.Quote;
import dev.kulis.model.Role;
import dev.kulis.model.Token;
import dev.kulis.store.registry.EntitySummary;
import dev.kulis.store.search.Facets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Builds the block of documents one article becomes: the article document, then one document per quote (see
 * {@link Fields}). Body and quote text are indexed from the article's own tokens ({@link TokenListStream}), with
 * offsets into the stored text for snippets; headlines and speaker names go through the writer's analyzers.
 * Thread-safe.
 */
public final class ArticleDocuments {
    /** Id of the article document in doc values, for loading id → hash at open. */
    public static final String ID_DV = "id_dv";
    public static final FieldType INDEXED_WITH_OFFSETS = new FieldType();
    /** Analysed text without norms. */
    public static final FieldType ANALYSED = new FieldType();

    static {
        // No norms: article and quote documents share the index, so every text field is sparse, and flushing
        // sparse norms scans them per term (commits took seconds); length normalisation matters little here.
        INDEXED_WITH_OFFSETS.setTokenized(true);
        INDEXED_WITH_OFFSETS.setOmitNorms(true);
        INDEXED_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        INDEXED_WITH_OFFSETS.freeze();
        ANALYSED.setTokenized(true);
        ANALYSED.setOmitNorms(true);
        ANALYSED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        ANALYSED.freeze();
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final FacetsConfig facets;
    private final ArticleJson json = new ArticleJson(false);
    private final Function<String, Optional<EntitySummary>> summaries;

    public ArticleDocuments(FacetsConfig facets, Function<String, Optional<EntitySummary>> summaries) {
        this.facets = facets;
        this.summaries = summaries;
    }

    /** The facets configuration every writer and reader of the archive uses. */
    public static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        for (String dim : Facets.NAMES) {
            c.setMultiValued(dim, true);
        }
        return c;
    }

    public List<Document> build(LinkedArticle linked) {
        Article a = linked.article();
        Map<String, String> ids = linked.idMap();
        List<Document> docs = new ArrayList<>(1 + a.quotes().size());
        docs.add(articleDoc(linked, ids));
        for (int i = 0; i < a.quotes().size(); i++) {
            docs.add(quoteDoc(a, a.quotes().get(i), i, ids));
        }
        return docs;
    }

    private Document articleDoc(LinkedArticle linked, Map<String, String> ids) {
        Article a = linked.article();
        Metadata m = a.metadata();
        Document d = new Document();
        d.add(new StringField(Fields.DOC_TYPE, Fields.TYPE_ARTICLE, Field.Store.NO));
        d.add(new StringField(Fields.ARTICLE_ID, a.id(), Field.Store.YES));
        d.add(new SortedDocValuesField(ID_DV, new BytesRef(a.id())));
        d.add(new BinaryDocValuesField(Fields.HASH, new BytesRef(linked.hash())));
        d.add(new StoredField(Fields.JSON, json.toLine(a)));
        String headline = headline(a);
        d.add(new StoredField(Fields.HEADLINE, headline));
        d.add(new Field(Fields.HEAD_SURFACE, headline, ANALYSED));
        d.add(new Field(Fields.HEAD_LEMMA, headline, ANALYSED));
        d.add(new Field(Fields.HEAD_FOLDED, headline, ANALYSED));
        addDate(d, m.date());
        storeIf(d, Fields.CITY, m.city());
        storeIf(d, Fields.AGENCY, m.agency());
        storeIf(d, Fields.CATEGORY, m.category());
        d.add(new StringField(Fields.CLUSTER, linked.cluster(), Field.Store.YES));
        if (linked.signature().length > 0) {
            d.add(new BinaryDocValuesField(Fields.SIGNATURE, Signatures.encode(linked.signature())));
        }
        String text = a.text();
        List<Token> tokens = a.tokens();
        d.add(new Field(Fields.TEXT_SURFACE,
                new TokenListStream(tokens, TokenTerms::surface, null, text.length()), INDEXED_WITH_OFFSETS));
        d.add(new StoredField(Fields.TEXT_SURFACE, text));
        d.add(new Field(Fields.TEXT_LEMMA,
                new TokenListStream(tokens, TokenTerms::lemma, null, text.length()), INDEXED_WITH_OFFSETS));
        d.add(new Field(Fields.TEXT_FOLDED, new TokenListStream(tokens, TokenTerms::folded,
                t -> dev.kulis.text.TurkishCase.foldAscii(TokenTerms.surface(t)), text.length()),
                INDEXED_WITH_OFFSETS));
        try {
            d.add(new StoredField(Fields.ENTITY_MAP, MAPPER.writeValueAsString(new TreeMap<>(ids))));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        d.add(new StoredField(Fields.LINKS, links(a, ids)));
        addFacets(d, a, ids);
        try {
            return facets.build(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addFacets(Document d, Article a, Map<String, String> ids) {
        Set<String> entityIds = new LinkedHashSet<>(ids.values());
        for (String id : entityIds) {
            d.add(new StringField(Fields.ENTITY, id, Field.Store.NO));
            d.add(new SortedSetDocValuesField(Fields.ENTITY, new BytesRef(id)));
        }
        Set<String> seen = new LinkedHashSet<>();
        for (Entity e : a.entities()) {
            String id = ids.get(e.id());
            if (id == null) {
                continue;
            }
            String dim = switch (e.type()) {
                case "PERSON" -> Facets.PERSON;
                case "ORGANIZATION" -> Facets.ORGANIZATION;
                case "LOCATION" -> Facets.PLACE;
                default -> null;
            };
            if (dim != null) {
                facet(d, dim, name(id, e.name()), seen);
            }
        }
        for (Role r : a.roles()) {
            facet(d, Facets.OFFICE, r.office(), seen);
            if (r.party() != null) {
                String pid = LinkedArticle.registryId(ids, r.party());
                facet(d, Facets.PARTY, pid == null ? r.party().name() : name(pid, r.party().name()), seen);
            }
        }
        for (Quote q : a.quotes()) {
            String sid = LinkedArticle.registryId(ids, q.speaker());
            if (sid != null) {
                facet(d, Facets.SPEAKER, name(sid, q.speaker().name()), seen);
            }
        }
        Metadata m = a.metadata();
        facet(d, Facets.CITY, m.city(), seen);
        facet(d, Facets.AGENCY, m.agency(), seen);
        facet(d, Facets.CATEGORY, m.category(), seen);
        facet(d, Facets.MONTH, Dates.month(m.date()), seen);
    }

    private static void facet(Document d, String dim, String value, Set<String> seen) {
        if (value == null || value.isBlank()) {
            return;
        }
        String v = value.strip();
        if (seen.add(dim + '\u0000' + v)) {
            d.add(new SortedSetDocValuesFacetField(dim, v));
        }
    }

    /** The registry's name for an entity (its fullest), else the article's. */
    private String name(String id, String fallback) {
        return summaries.apply(id).map(EntitySummary::name).orElse(fallback);
    }

    private Document quoteDoc(Article a, Quote q, int order, Map<String, String> ids) {
        Document d = new Document();
        d.add(new StringField(Fields.DOC_TYPE, Fields.TYPE_QUOTE, Field.Store.NO));
        d.add(new StringField(Fields.ARTICLE_ID, a.id(), Field.Store.YES));
        d.add(new StoredField(Fields.HEADLINE, headline(a)));
        addDate(d, a.metadata().date());
        d.add(new StoredField(Fields.QUOTE_TEXT, q.text()));
        d.add(new StringField(Fields.QUOTE_KIND, q.kind() == null ? "" : q.kind(), Field.Store.YES));
        if (q.cue() != null) {
            d.add(new StoredField(Fields.QUOTE_CUE, q.cue()));
        }
        d.add(new StoredField(Fields.QUOTE_START, q.start()));
        d.add(new StoredField(Fields.QUOTE_END, q.end()));
        d.add(new NumericDocValuesField(Fields.QUOTE_ORDER, order));
        List<Token> tokens = within(a.tokens(), q.start(), q.end());
        int end = a.text().length();
        d.add(new Field(Fields.QUOTE_SURFACE, new TokenListStream(tokens, TokenTerms::surface, null, end),
                INDEXED_WITH_OFFSETS));
        d.add(new Field(Fields.QUOTE_LEMMA, new TokenListStream(tokens, TokenTerms::lemma, null, end),
                INDEXED_WITH_OFFSETS));
        d.add(new Field(Fields.QUOTE_FOLDED, new TokenListStream(tokens, TokenTerms::folded,
                t -> dev.kulis.text.TurkishCase.foldAscii(TokenTerms.surface(t)), end), INDEXED_WITH_OFFSETS));
        EntityRef speaker = q.speaker();
        if (speaker != null) {
            String sid = LinkedArticle.registryId(ids, speaker);
            List<String> names = new ArrayList<>();
            if (sid != null) {
                d.add(new StringField(Fields.SPEAKER_ID, sid, Field.Store.YES));
                summaries.apply(sid).ifPresent(s -> {
                    names.add(s.name());
                    names.addAll(s.aliases());
                });
            }
            String display = names.isEmpty() ? speaker.name() : names.get(0);
            if (display != null) {
                d.add(new StoredField(Fields.SPEAKER_NAME, display));
            }
            if (speaker.name() != null && !names.contains(speaker.name())) {
                names.add(speaker.name());
            }
            for (String n : names) {
                d.add(new Field(Fields.SPEAKER_SURFACE, n, ANALYSED));
                d.add(new Field(Fields.SPEAKER_LEMMA, n, ANALYSED));
                d.add(new Field(Fields.SPEAKER_FOLDED, n, ANALYSED));
            }
        }
        return d;
    }

    /** Tokens lying inside {@code [start, end)} (tokens are in text order). */
    static List<Token> within(List<Token> tokens, int start, int end) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int to = lo;
        while (to < tokens.size() && tokens.get(to).end() <= end) {
            to++;
        }
        return tokens.subList(lo, to);
    }

    /**
     * Edges for the graph, one a line {@code kind<TAB>source<TAB>target}: {@code quotes} from a speaker to the
     * addressee, or else to the entities named inside the quote; {@code meets} between the participants of an
     * event.
     */
    static String links(Article a, Map<String, String> ids) {
        Set<String> lines = new LinkedHashSet<>();
        for (Quote q : a.quotes()) {
            String s = LinkedArticle.registryId(ids, q.speaker());
            if (s == null) {
                continue;
            }
            String to = LinkedArticle.registryId(ids, q.addressee());
            if (to != null) {
                edge(lines, "quotes", s, to);
                continue;
            }
            for (Entity e : a.entities()) {
                String id = ids.get(e.id());
                for (Mention mention : e.mentions()) {
                    if (id != null && mention.start() >= q.start() && mention.end() <= q.end()) {
                        edge(lines, "quotes", s, id);
                        break;
                    }
                }
            }
        }
        for (Event ev : a.events()) {
            List<String> ps = new ArrayList<>();
            for (EntityRef p : ev.participants()) {
                String id = LinkedArticle.registryId(ids, p);
                if (id != null && !ps.contains(id)) {
                    ps.add(id);
                }
            }
            for (int i = 0; i < ps.size(); i++) {
                for (int j = i + 1; j < ps.size(); j++) {
                    edge(lines, "meets", ps.get(i), ps.get(j));
                }
            }
        }
        return String.join("\n", lines);
    }

    private static void edge(Set<String> lines, String kind, String s, String t) {
        if (!s.equals(t)) {
            lines.add(kind + '\t' + s + '\t' + t);
        }
    }

    private static void addDate(Document d, String date) {
        if (date != null) {
            d.add(new StoredField(Fields.DATE, date));
        }
        long n = Dates.number(date);
        // articles without a date sort last, newest first
        d.add(new LongPoint(Fields.DATE_NUM, Math.max(n, 0)));
        d.add(new NumericDocValuesField(Fields.DATE_NUM, Math.max(n, 0)));
    }

    private static void storeIf(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new StoredField(field, value));
        }
    }

    /** The metadata headline, or the first non-blank line of the text. */
    public static String headline(Article article) {
        String h = article.metadata().headline();
        if (h != null && !h.isBlank()) {
            return h.strip();
        }
        String text = article.text();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(start, end).strip();
            if (!line.isEmpty()) {
                return line.length() > 300 ? line.substring(0, 300) : line;
            }
            start = end + 1;
        }
        return "";
    }
}
