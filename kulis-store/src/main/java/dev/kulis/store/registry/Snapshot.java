package dev.kulis.store.registry;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The registry's state as a gzip'd binary file: a magic and version, the article count, the string pool, the
 * entities in number order (id, name, aliases, articles seen, profile counts) and the other name keys. The word
 * index is rebuilt from the names when read.
 */
final class Snapshot {
    private static final int MAGIC = 0x4B524547; // "KREG"
    private static final int VERSION = 1;

    private Snapshot() {
    }

    static void write(RegistryState s, OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
        d.writeInt(MAGIC);
        d.writeInt(VERSION);
        d.writeLong(s.articles);
        d.writeInt(s.strings.size());
        for (String str : s.strings) {
            writeString(d, str);
        }
        d.writeInt(s.entities.size());
        for (RegistryEntity e : s.entities) {
            writeString(d, e.id);
            writeString(d, e.name);
            d.writeByte(e.aliases.length);
            for (String a : e.aliases) {
                writeString(d, a);
            }
            d.writeInt(e.seen);
            if (e.profiled()) {
                writeCounts(d, e.offices);
                writeCounts(d, e.affiliations);
                writeCounts(d, e.comentions);
            }
        }
        d.writeInt(s.aliasKeys.size());
        for (Map.Entry<String, Integer> k : new TreeMap<>(s.aliasKeys).entrySet()) { // sorted: same state, same bytes
            writeString(d, k.getKey());
            d.writeInt(k.getValue());
        }
        d.flush();
        gz.finish(); // the caller owns (and closes) the stream
    }

    static RegistryState read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16));
        if (d.readInt() != MAGIC) {
            throw new IOException("not an entity registry snapshot");
        }
        int version = d.readInt();
        if (version != VERSION) {
            throw new IOException("entity registry snapshot version " + version + ", expected " + VERSION);
        }
        RegistryState s = new RegistryState();
        s.articles = d.readLong();
        int strings = d.readInt();
        for (int i = 0; i < strings; i++) {
            s.intern(readString(d));
        }
        int entities = d.readInt();
        for (int i = 0; i < entities; i++) {
            String id = readString(d);
            int n = s.create(id, Kind.ofId(id), readString(d));
            RegistryEntity e = s.get(n);
            int aliases = d.readUnsignedByte();
            for (int a = 0; a < aliases; a++) {
                String alias = readString(d);
                e.addAlias(alias);
                s.indexWords(n, alias);
            }
            e.seen = d.readInt();
            if (e.profiled()) {
                readCounts(d, e.offices);
                readCounts(d, e.affiliations);
                readCounts(d, e.comentions);
            }
        }
        int keys = d.readInt();
        for (int i = 0; i < keys; i++) {
            String key = readString(d);
            int n = d.readInt();
            if (n < 0 || n >= entities) {
                throw new IOException("corrupt entity registry snapshot: key " + key + " → " + n);
            }
            s.aliasKeys.put(key, n);
        }
        return s;
    }

    private static void writeCounts(DataOutputStream d, BoundedCounts c) throws IOException {
        d.writeByte(c.size());
        for (int i = 0; i < c.size(); i++) {
            d.writeInt(c.key(i));
            d.writeInt(c.count(i));
        }
    }

    private static void readCounts(DataInputStream d, BoundedCounts c) throws IOException {
        int size = d.readUnsignedByte();
        for (int i = 0; i < size; i++) {
            c.add(d.readInt(), d.readInt());
        }
    }

    private static void writeString(DataOutputStream d, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        d.writeInt(b.length);
        d.write(b);
    }

    private static String readString(DataInputStream d) throws IOException {
        int len = d.readInt();
        if (len < 0 || len > 1 << 20) {
            throw new IOException("corrupt entity registry snapshot: string of " + len + " bytes");
        }
        byte[] b = d.readNBytes(len);
        if (b.length != len) {
            throw new IOException("truncated entity registry snapshot");
        }
        return new String(b, StandardCharsets.UTF_8);
    }
}
