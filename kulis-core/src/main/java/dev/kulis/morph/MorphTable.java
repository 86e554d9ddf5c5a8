package dev.kulis.morph;

import dev.kulis.text.TurkishCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Precomputed {@link Resolution}s of frequent news word forms, so that {@link Morphology} answers them without the
 * Starlang analyser (which costs about half a millisecond per new form). Built by {@code kulis train morph-table}
 * ({@link MorphTableBuilder}) and shipped as {@value #RESOURCE}.
 *
 * <p>File format (gzip, UTF-8, one record a line, fields separated by tabs): {@code #} comment lines (provenance);
 * the line {@code #!kulis-morph-table <version>}; signature lines {@code S sig upos} (numbered from 0 in order);
 * then one line per form: {@code form R root sig root sig …} (the analyser's readings in its order; a root
 * {@code =n} is the first n letters of the lower-cased form, a sig the number of a signature line) or
 * {@code form F lemma pos rootPos case flags derivations raw} (a finished analysis; flags {@code p}roper and
 * {@code k}nown or {@code -}).
 *
 * <p>In memory the decompressed file itself is kept as one byte array, indexed by an open-addressing hash of the
 * form bytes; a line is only decoded when its form is asked for (a cache miss of {@link Morphology}). Immutable,
 * so shared by all threads.
 *
 * <p>Stored is what the analyser says, not the chosen lemma: statistics ({@code kulis train lemma}) and lemma
 * conventions are applied when a form is looked up, so retraining them does not invalidate the table. Changing
 * how {@link Morphology#resolve} reads a form, or the Starlang version, does: then bump {@link #VERSION} (an older
 * table is then ignored) and run {@code kulis train morph-table}.
 */
final class MorphTable {
    /** Class-path location of the shipped table. */
    static final String RESOURCE = "/dev/kulis/morph/morph-table.tsv.gz";
    /** Version of {@link Morphology#resolve}'s logic the table was computed with. */
    static final int VERSION = 10;
    static final String MAGIC = "#!kulis-morph-table ";

    static final MorphTable EMPTY = new MorphTable(new byte[0], new int[0], 0, new String[0], new String[0], new int[1]);

    private final byte[] data;
    /** Start offsets of form lines in {@link #data}. */
    private final int[] lines;
    private final int count;
    private final String[] signatures;
    private final String[] upos;
    /** A reading of each signature, made on first use (a benign race: every thread makes an equal one). */
    private final Reading[] templates;
    /** Open-addressing hash table: line number + 1, 0 = empty; length a power of two. */
    private final int[] slots;

    private MorphTable(byte[] data, int[] lines, int count, String[] signatures, String[] upos, int[] slots) {
        this.data = data;
        this.lines = lines;
        this.count = count;
        this.signatures = signatures;
        this.upos = upos;
        this.slots = slots;
        this.templates = new Reading[signatures.length];
    }

    /** Number of forms in the table. */
    int size() {
        return count;
    }

    /** The {@code i}-th form of the table (most frequent first). */
    String form(int i) {
        int s = lines[i];
        int e = s;
        while (data[e] != '\t') {
            e++;
        }
        return new String(data, s, e - s, StandardCharsets.UTF_8);
    }

    /** Bytes held (the decompressed table and its index). */
    long bytes() {
        return data.length + 4L * lines.length + 4L * slots.length;
    }

    /** The shipped table, or an empty one when it is missing or was computed by another version of the logic. */
    static MorphTable load() {
        InputStream in = MorphTable.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            return EMPTY;
        }
        try (InputStream g = new GZIPInputStream(in, 1 << 16)) {
            MorphTable t = read(g);
            return t == null ? EMPTY : t;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a (decompressed) table; null when it was made for another {@link #VERSION}. */
    static MorphTable read(InputStream in) throws IOException {
        byte[] data = in.readAllBytes();
        List<String> sigs = new ArrayList<>();
        List<String> pos = new ArrayList<>();
        Map<String, String> intern = new HashMap<>();
        int[] lines = new int[1 << 16];
        int n = 0;
        boolean versioned = false;
        int i = 0;
        while (i < data.length) {
            int end = i;
            while (end < data.length && data[end] != '\n') {
                end++;
            }
            if (end > i) {
                byte b = data[i];
                if (b == '#') {
                    String line = new String(data, i, end - i, StandardCharsets.UTF_8);
                    if (line.startsWith(MAGIC)) {
                        if (Integer.parseInt(line.substring(MAGIC.length()).strip()) != VERSION) {
                            return null;
                        }
                        versioned = true;
                    }
                } else if (b == 'S' && end > i + 1 && data[i + 1] == '\t' && n == 0) {
                    String[] c = new String(data, i, end - i, StandardCharsets.UTF_8).split("\t", -1);
                    sigs.add(c[1]);
                    pos.add(intern.computeIfAbsent(c[2], s -> s));
                } else {
                    if (n == lines.length) {
                        lines = Arrays.copyOf(lines, n * 2);
                    }
                    lines[n++] = i;
                }
            }
            i = end + 1;
        }
        if (!versioned) {
            return null;
        }
        int cap = Integer.highestOneBit(Math.max(2, n * 2 - 1)) << 1;
        int[] slots = new int[cap];
        int mask = cap - 1;
        for (int k = 0; k < n; k++) {
            int s = lines[k];
            int e = s;
            while (data[e] != '\t') {
                e++;
            }
            int h = hash(data, s, e) & mask;
            while (slots[h] != 0) {
                h = (h + 1) & mask;
            }
            slots[h] = k + 1;
        }
        return new MorphTable(data, Arrays.copyOf(lines, n), n, sigs.toArray(new String[0]), pos.toArray(new String[0]),
                slots);
    }

    private static int hash(byte[] b, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ (b[i] & 0xff)) * 0x01000193;
        }
        return h ^ (h >>> 15);
    }

    /** The stored resolution of normalised word form {@code w}, or null when the table does not have it. */
    Resolution get(String w) {
        int from = row(w);
        return from < 0 ? null : decode(w, from);
    }

    /** Like {@link #get}, but through {@link #parse} on the row as a string (the reference for the in-place decoding). */
    Resolution parsed(String w) {
        int from = row(w);
        if (from < 0) {
            return null;
        }
        int end = from;
        while (end < data.length && data[end] != '\n') {
            end++;
        }
        return parse(w, new String(data, from, end - from, StandardCharsets.UTF_8), signatures, upos);
    }

    /** Where the readings of {@code w} start in the data (after its key and tab), or -1 when it is not stored. */
    private int row(String w) {
        if (count == 0) {
            return -1;
        }
        byte[] key = w.getBytes(StandardCharsets.UTF_8);
        int mask = slots.length - 1;
        int h = hash(key, 0, key.length) & mask;
        int line;
        while ((line = slots[h]) != 0) {
            int s = lines[line - 1];
            if (matches(s, key)) {
                return s + key.length + 1;
            }
            h = (h + 1) & mask;
        }
        return -1;
    }

    private boolean matches(int s, byte[] key) {
        int n = key.length;
        if (s + n >= data.length || data[s + n] != '\t') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (data[s + i] != key[i]) {
                return false;
            }
        }
        return true;
    }

    private Resolution decode(String w, int from) {
        int end = from;
        while (end < data.length && data[end] != '\n') {
            end++;
        }
        if (end - from < 2 || data[from] != 'R' || data[from + 1] != '\t') {
            return parse(w, new String(data, from, end - from, StandardCharsets.UTF_8), signatures, upos);
        }
        // R root sig root sig …, read in place: the same readings as parse() makes, without the strings in between
        String lw = null;
        List<Reading> rs = new ArrayList<>(4);
        int i = from + 2;
        while (i < end) {
            int rootEnd = i;
            while (rootEnd < end && data[rootEnd] != '\t') {
                rootEnd++;
            }
            if (rootEnd >= end) {
                break; // a root without its signature: parse() ignores it too
            }
            int sigEnd = rootEnd + 1;
            int sig = 0;
            while (sigEnd < end && data[sigEnd] != '\t') {
                int d = data[sigEnd] - '0';
                if (d < 0 || d > 9) {
                    return parse(w, new String(data, from, end - from, StandardCharsets.UTF_8), signatures, upos);
                }
                sig = sig * 10 + d;
                sigEnd++;
            }
            if (sigEnd == rootEnd + 1) {
                return parse(w, new String(data, from, end - from, StandardCharsets.UTF_8), signatures, upos);
            }
            String root;
            if (data[i] == '=') {
                if (lw == null) {
                    lw = TurkishCase.lower(w);
                }
                int n = 0;
                for (int k = i + 1; k < rootEnd; k++) {
                    int d = data[k] - '0';
                    if (d < 0 || d > 9) {
                        return parse(w, new String(data, from, end - from, StandardCharsets.UTF_8), signatures, upos);
                    }
                    n = n * 10 + d;
                }
                if (rootEnd == i + 1) {
                    return parse(w, new String(data, from, end - from, StandardCharsets.UTF_8), signatures, upos);
                }
                root = lw.substring(0, n);
            } else {
                root = new String(data, i, rootEnd - i, StandardCharsets.UTF_8);
            }
            String signature = signatures[sig];
            rs.add(signature.isEmpty() || !Reading.plainRoot(root)
                    ? Reading.of(signature.isEmpty() ? root : root + "+" + signature, upos[sig])
                    : new Reading(root, template(sig)));
            i = sigEnd + 1;
        }
        return Resolution.of(rs);
    }

    /** A reading of signature {@code sig} (root {@code x}) whose derived values the rows' readings share. */
    private Reading template(int sig) {
        Reading t = templates[sig];
        if (t == null) {
            t = Reading.of("x+" + signatures[sig], upos[sig]);
            templates[sig] = t;
        }
        return t;
    }

    /** The resolution of {@code w} from the fields after its form ({@code R …} or {@code F …}). */
    static Resolution parse(String w, String payload, String[] signatures, String[] upos) {
        String[] c = payload.split("\t", -1);
        if (c[0].equals("F")) {
            String flags = c[5];
            return Resolution.of(new Analysis(c[1], c[2], c[3], c[4].isEmpty() ? null : c[4], flags.indexOf('p') >= 0,
                    flags.indexOf('k') >= 0, Integer.parseInt(c[6]), c[7], 0));
        }
        String lw = null;
        List<Reading> rs = new ArrayList<>((c.length - 1) / 2);
        for (int k = 1; k + 1 < c.length; k += 2) {
            String root = c[k];
            if (root.startsWith("=")) {
                if (lw == null) {
                    lw = TurkishCase.lower(w);
                }
                root = lw.substring(0, Integer.parseInt(root, 1, root.length(), 10));
            }
            int sig = Integer.parseInt(c[k + 1]);
            String signature = signatures[sig];
            rs.add(Reading.of(signature.isEmpty() ? root : root + "+" + signature, upos[sig]));
        }
        return Resolution.of(rs);
    }

    /**
     * Writes the line for {@code w} (without the newline) or returns null when the resolution cannot be stored
     * exactly (a field holding a tab or newline, an ambiguous root); {@code sigIds} numbers the signatures.
     */
    static String encode(String w, Resolution r, Map<String, Integer> sigIds, List<String[]> sigList) {
        StringBuilder b = new StringBuilder(64).append(w);
        if (r.fixed() != null) {
            Analysis a = r.fixed();
            if (a.score() != 0) {
                return null;
            }
            b.append("\tF\t").append(a.lemma()).append('\t').append(a.pos()).append('\t').append(a.rootPos())
                    .append('\t').append(a.grammaticalCase() == null ? "" : a.grammaticalCase()).append('\t')
                    .append(a.proper() ? "p" : "").append(a.known() ? "k" : "").append(a.proper() || a.known() ? "" : "-")
                    .append('\t').append(a.derivations()).append('\t').append(a.raw());
        } else {
            b.append("\tR");
            String lw = TurkishCase.lower(w);
            for (Reading x : r.readings()) {
                String root = x.root();
                String sig = x.raw().length() > root.length() ? x.raw().substring(root.length() + 1) : "";
                if (!x.raw().equals(sig.isEmpty() ? root : root + "+" + sig)) {
                    return null;
                }
                String key = sig + "\t" + x.upos();
                Integer id = sigIds.get(key);
                if (id == null) {
                    id = sigList.size();
                    sigIds.put(key, id);
                    sigList.add(new String[] {sig, x.upos()});
                }
                b.append('\t').append(lw.startsWith(root) && !root.isEmpty() ? "=" + root.length() : root)
                        .append('\t').append(id);
            }
        }
        String line = b.toString();
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0 || w.indexOf('\t') >= 0 || w.startsWith("#")
                || w.equals("S")) {
            return null;
        }
        return line;
    }
}
