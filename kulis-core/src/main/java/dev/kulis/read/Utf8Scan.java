package dev.kulis.read;

/**
 * How well a byte array reads as UTF-8: the number of valid multi-byte sequences and of bytes that fit no
 * sequence; and a decoder for a mix of UTF-8 and Windows-1254.
 *
 * @param multibyte   valid multi-byte UTF-8 sequences
 * @param turkish     those of them a Turkish text plausibly holds: Latin-1 and Latin Extended-A letters
 *                    (lead bytes C2–C5), punctuation (E2), emoji (F0); in Windows-1254 text, a capital
 *                    letter before a curly quote ({@code Ç’} = C7 92) also forms a valid sequence, but not
 *                    one of these
 * @param invalid     bytes that are not part of a valid sequence
 * @param hasC1Bytes  whether any byte is in 0x80–0x9F (only meaningful for single-byte text)
 */
record Utf8Scan(int multibyte, int turkish, int invalid, boolean hasC1Bytes) {
    /** Whether the bytes read best as UTF-8 with some stray Windows-1254 bytes. */
    boolean mixed() {
        return invalid > 0 && turkish > invalid + (multibyte - turkish);
    }

    static Utf8Scan of(byte[] b, int from) {
        int multi = 0;
        int turkish = 0;
        int bad = 0;
        boolean c1 = false;
        int i = from;
        while (i < b.length) {
            int v = b[i] & 0xFF;
            if (v >= 0x80 && v <= 0x9F) {
                c1 = true;
            }
            if (v < 0x80) {
                i++;
                continue;
            }
            int len = sequenceLength(b, i);
            if (len > 0) {
                multi++;
                if (plausible(v)) {
                    turkish++;
                }
                i += len;
            } else {
                bad++;
                i++;
            }
        }
        return new Utf8Scan(multi, turkish, bad, c1);
    }

    /** Length of the valid UTF-8 sequence starting at {@code i}, or 0. */
    static int sequenceLength(byte[] b, int i) {
        int v = b[i] & 0xFF;
        int len;
        int cp;
        if (v >= 0xC2 && v <= 0xDF) {
            len = 2;
            cp = v & 0x1F;
        } else if (v >= 0xE0 && v <= 0xEF) {
            len = 3;
            cp = v & 0x0F;
        } else if (v >= 0xF0 && v <= 0xF4) {
            len = 4;
            cp = v & 0x07;
        } else {
            return 0;
        }
        if (i + len > b.length) {
            return 0;
        }
        for (int k = 1; k < len; k++) {
            int c = b[i + k] & 0xFF;
            if ((c & 0xC0) != 0x80) {
                return 0;
            }
            cp = (cp << 6) | (c & 0x3F);
        }
        int min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
        if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
            return 0;
        }
        return len;
    }

    private static boolean plausible(int lead) {
        return lead >= 0xC2 && lead <= 0xC5 || lead == 0xE2 || lead == 0xF0;
    }

    /** Plausible UTF-8 sequences as UTF-8, every other byte as Windows-1254. */
    static String decodeMixed(byte[] b, int from) {
        StringBuilder sb = new StringBuilder(b.length);
        int i = from;
        while (i < b.length) {
            int v = b[i] & 0xFF;
            if (v < 0x80) {
                sb.append((char) v);
                i++;
                continue;
            }
            int len = plausible(v) ? sequenceLength(b, i) : 0;
            if (len > 0) {
                sb.append(new String(b, i, len, java.nio.charset.StandardCharsets.UTF_8));
                i += len;
            } else {
                sb.append(Windows1252.char1254(v));
                i++;
            }
        }
        return sb.toString();
    }
}
