package dev.kulis.read;

/**
 * The bytes 0x80–0x9F of the Windows code pages 1252 and 1254 (they agree there, except that 1254 leaves
 * 0x8E and 0x9E unassigned): curly quotes, dashes, ellipsis, … Text that went through a Latin-1 decoder has
 * these as C1 control characters U+0080–U+009F instead.
 */
final class Windows1252 {
    /** The character byte 0x80+i stands for, or the C1 control itself where the code page has none. */
    private static final char[] HIGH = {
        '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008D', 'Ž', '\u008F',
        '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009D', 'ž', 'Ÿ'
    };

    private Windows1252() {
    }

    /** The Windows-1252 character for a C1 control, or the control itself when 1252 leaves it unassigned. */
    static char ofC1(char c) {
        return c >= 0x80 && c <= 0x9F ? HIGH[c - 0x80] : c;
    }

    /** The byte (0x80–0x9F) a Windows-1252 punctuation character is stored as, or -1. */
    static int byteOf(char c) {
        for (int i = 0; i < HIGH.length; i++) {
            if (HIGH[i] == c) {
                return 0x80 + i;
            }
        }
        return -1;
    }

    /**
     * Decodes Windows-1254 (Turkish). Bytes the code page leaves unassigned (0x81, 0x8D–0x90, 0x9D, 0x9E)
     * become the C1 control of the same number, as browsers do, so nothing turns into U+FFFD.
     */
    static String decode1254(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            sb.append(char1254(b[i] & 0xFF));
        }
        return sb.toString();
    }

    static char char1254(int v) {
        if (v < 0x80) {
            return (char) v;
        }
        if (v < 0xA0) {
            char c = HIGH[v - 0x80];
            return v == 0x8E || v == 0x9E ? (char) v : c;
        }
        switch (v) {
            case 0xD0:
                return 'Ğ';
            case 0xDD:
                return 'İ';
            case 0xDE:
                return 'Ş';
            case 0xF0:
                return 'ğ';
            case 0xFD:
                return 'ı';
            case 0xFE:
                return 'ş';
            default:
                return (char) v; // the rest of 0xA0–0xFF is Latin-1
        }
    }
}
