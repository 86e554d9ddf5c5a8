package dev.kulis.store.index;

/**
 * The field names of the archive's Lucene index. One article is a block of documents sharing {@link #ARTICLE_ID}:
 * the article document ({@link #DOC_TYPE} {@value #TYPE_ARTICLE}) and one document per quote
 * ({@value #TYPE_QUOTE}), replaced together.
 */
public final class Fields {
    public static final String DOC_TYPE = "doc_type";
    public static final String TYPE_ARTICLE = "article";
    public static final String TYPE_QUOTE = "quote";

    /** The article's id, on every document of its block (the key of the atomic replace). */
    public static final String ARTICLE_ID = "article_id";
    /** Hash of the article as read (text + metadata), to skip unchanged articles without annotating them. */
    public static final String HASH = "hash";
    public static final String JSON = "json";
    public static final String HEADLINE = "headline";
    public static final String DATE = "date";
    /** The date as a number ({@link Dates}) for ranges (point) and sorting (doc values). */
    public static final String DATE_NUM = "date_num";
    public static final String CITY = "city";
    public static final String AGENCY = "agency";
    public static final String CATEGORY = "category";
    public static final String CLUSTER = "cluster";
    public static final String SIGNATURE = "signature";
    /** Registry ids of the entities the article names (multi-valued, indexed and as sorted-set doc values). */
    public static final String ENTITY = "entity";
    /** JSON object: the article's own entity ids → registry ids. */
    public static final String ENTITY_MAP = "entity_map";
    /** Compact edges for the graph: lines {@code kind<TAB>source<TAB>target}, registry ids. */
    public static final String LINKS = "links";

    /** Body text (stored, for snippets) analysed three ways. */
    public static final String TEXT_SURFACE = "text_surface";
    public static final String TEXT_LEMMA = "text_lemma";
    /** The ending of every folded field's name. */
    public static final String FOLDED_SUFFIX = "_folded";
    public static final String TEXT_FOLDED = "text_folded";
    public static final String HEAD_SURFACE = "head_surface";
    public static final String HEAD_LEMMA = "head_lemma";
    public static final String HEAD_FOLDED = "head_folded";

    // quote documents
    public static final String QUOTE_SURFACE = "quote_surface";
    public static final String QUOTE_LEMMA = "quote_lemma";
    public static final String QUOTE_FOLDED = "quote_folded";
    public static final String QUOTE_TEXT = "quote_text";
    public static final String QUOTE_KIND = "quote_kind";
    public static final String QUOTE_CUE = "quote_cue";
    public static final String QUOTE_START = "quote_start";
    public static final String QUOTE_END = "quote_end";
    public static final String SPEAKER_ID = "speaker_id";
    public static final String SPEAKER_NAME = "speaker_name";
    public static final String SPEAKER_SURFACE = "speaker_surface";
    public static final String SPEAKER_LEMMA = "speaker_lemma";
    public static final String SPEAKER_FOLDED = "speaker_folded";
    /** Position of the quote in its article, to keep quotes in text order. */
    public static final String QUOTE_ORDER = "quote_order";

    private Fields() {
    }
}
