package dev.kulis.store.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.store.link.Links;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/** Rebuilds the in-memory state of an archive from its index, the source of truth. */
public final class IndexRestore {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private IndexRestore() {
    }

    /** Loads article id → hash of every live article (doc values only: fast). */
    public static void hashes(IndexReader reader, Map<String, String> into) throws IOException {
        for (LeafReaderContext ctx : reader.leaves()) {
            LeafReader leaf = ctx.reader();
            Bits live = leaf.getLiveDocs();
            SortedDocValues ids = leaf.getSortedDocValues(ArticleDocuments.ID_DV);
            BinaryDocValues hashValues = leaf.getBinaryDocValues(Fields.HASH);
            if (ids == null || hashValues == null) {
                continue;
            }
            for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if ((live == null || live.get(doc)) && hashValues.advanceExact(doc)) {
                    into.put(ids.lookupOrd(ids.ordValue()).utf8ToString(), hashValues.binaryValue().utf8ToString());
                }
            }
        }
    }

    /**
     * Restores every article's story cluster from its stored signature and, when {@code relearn}, teaches the
     * registry every stored article with the ids it was given (its snapshot was missing or stale).
     */
    public static void links(IndexReader reader, Links links, boolean relearn) throws IOException {
        for (LeafReaderContext ctx : reader.leaves()) {
            LeafReader leaf = ctx.reader();
            Bits live = leaf.getLiveDocs();
            SortedDocValues ids = leaf.getSortedDocValues(ArticleDocuments.ID_DV);
            if (ids == null) {
                continue;
            }
            BinaryDocValues signatures = leaf.getBinaryDocValues(Fields.SIGNATURE);
            StoredFields stored = leaf.storedFields();
            for (int doc = ids.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                if (signatures != null && signatures.advanceExact(doc)) {
                    String cluster = stored.document(doc, Set.of(Fields.CLUSTER)).get(Fields.CLUSTER);
                    links.restore(id, Signatures.decode(signatures.binaryValue()), cluster);
                }
                if (relearn) {
                    relearn(stored.document(doc, Set.of(Fields.JSON, Fields.ENTITY_MAP)), links);
                }
            }
        }
    }

    private static void relearn(Document d, Links links) throws IOException {
        Article a = StoredArticles.parse(d.get(Fields.JSON));
        Map<String, String> map = MAPPER.readValue(d.get(Fields.ENTITY_MAP), new TypeReference<Map<String, String>>() {
        });
        List<String> ids = new ArrayList<>(a.entities().size());
        for (Entity e : a.entities()) {
            ids.add(map.get(e.id()));
        }
        links.learn(a, ids);
    }
}
