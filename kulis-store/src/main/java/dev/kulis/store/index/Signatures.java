package dev.kulis.store.index;

import java.nio.ByteBuffer;
import org.apache.lucene.util.BytesRef;

/** MinHash signatures as bytes for binary doc values. */
public final class Signatures {
    private Signatures() {
    }

    public static BytesRef encode(long[] signature) {
        ByteBuffer b = ByteBuffer.allocate(signature.length * Long.BYTES);
        for (long v : signature) {
            b.putLong(v);
        }
        return new BytesRef(b.array());
    }

    public static long[] decode(BytesRef bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        long[] out = new long[bytes.length / Long.BYTES];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.getLong();
        }
        return out;
    }
}
