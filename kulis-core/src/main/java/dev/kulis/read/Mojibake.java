package dev.kulis.read;

/**
 * Undoes double-encoded UTF-8: text whose UTF-8 bytes were once read as Windows-1252/1254 or Latin-1 and
 * written again as UTF-8, so that {@code İzmir} became {@code Ä°zmir}, {@code ü} {@code Ã¼} and {@code ş}
 * {@code ÅŸ} (or {@code Å} and the C1 control U+009F).
 *
 * <p>Only a whole UTF-8 sequence is replaced: a lead character {@code Â Ã Ä Å} (U+0080–U+017F: Latin-1
 * and Latin Extended-A, which hold all Turkish letters), {@code â} (punctuation such as {@code â€™} for ’) or
 * {@code ð} (emoji), followed by the right number of characters that stand for continuation bytes
 * 0x80–0xBF. Such runs do not occur in real Turkish text ({@code Ü’} and {@code Ç’}, which would decode to
 * Syriac or Latin Extended-B, are left alone), so the repair never touches clean text.
 */
final class Mojibake {
    private Mojibake() {
    }

    /** The text with every double-encoded sequence decoded once; the same instance if there was none. */
    static String repairOnce(String s, int[] count) {
        StringBuilder out = null;
        int n = s.length();
        int i = 0;
        int last = 0;
        while (i < n) {
            char c = s.charAt(i);
            // leads of the ranges Turkish text uses: Latin-1 and Latin Extended-A (Â Ã Ä Å), punctuation and
            // symbols (â), emoji (ð); others (Ç’ = C7 92, Ü’ = DC 92) are real letters before a quote mark
            int len = c >= 0xC2 && c <= 0xC5 ? 2 : c == 0xE2 ? 3 : c == 0xF0 ? 4 : 0;
            if (len == 0 || i + len > n) {
                i++;
                continue;
            }
            int cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
            boolean ok = true;
            for (int k = 1; k < len && ok; k++) {
                int b = continuation(s.charAt(i + k));
                if (b < 0) {
                    ok = false;
                } else {
                    cp = (cp << 6) | (b & 0x3F);
                }
            }
            int min = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000;
            if (!ok || cp < min || !plausible(len, cp)) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(s, last, i).appendCodePoint(cp);
            count[0]++;
            i += len;
            last = i;
        }
        if (out == null) {
            return s;
        }
        return out.append(s, last, n).toString();
    }

    /**
     * Whether a decoded character is one news text plausibly held: any letter of the two-byte ranges, but of the
     * three-byte range only punctuation, currency and letterlike symbols (’ “ … € ₺ ™), and of the four-byte range
     * only emoji. Clean text can spell {@code â’’}, which would otherwise decode to U+2492.
     */
    private static boolean plausible(int len, int cp) {
        if (len == 2) {
            return true;
        }
        if (len == 3) {
            return (cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x2100 && cp <= 0x214F);
        }
        return cp >= 0x1F000 && cp <= 0x1FAFF;
    }

    /** The byte 0x80–0xBF a character stands for when UTF-8 was misread as a Windows code page, or -1. */
    private static int continuation(char c) {
        if (c >= 0x80 && c <= 0xBF) {
            return c; // Latin-1 reading (C1 controls and U+00A0–U+00BF)
        }
        return Windows1252.byteOf(c);
    }
}
