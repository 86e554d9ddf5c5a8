package dev.kulis.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of one article into text, detecting the encoding Turkish news comes in and repairing
 * what went wrong before it reached us.
 *
 * <ul>
 *   <li>A byte-order mark decides: UTF-8 (removed), UTF-16LE/BE. UTF-16 without a mark is recognised by its
 *       zero bytes.</li>
 *   <li>Valid UTF-8 is UTF-8. Mostly-valid UTF-8 with stray single bytes is read as UTF-8 with the stray
 *       bytes as Windows-1254 ({@code UTF-8+windows-1254}), as happens when files are concatenated.</li>
 *   <li>Otherwise the bytes are single-byte Turkish: {@code windows-1254} when any byte is in 0x80–0x9F
 *       (where it differs from ISO-8859-9), else {@code ISO-8859-9} (the two agree on everything else).</li>
 *   <li>Then {@link TextRepair}: double-encoded UTF-8, C1 controls, letters lost to U+FFFD.</li>
 * </ul>
 *
 * <p>Throws {@link UnreadableException} for empty input ({@code empty}), whitespace only, and binary data
 * (NUL bytes, or more than 1% control characters). Stateless and thread-safe.
 */
public final class TextDecoder {
    private TextDecoder() {
    }

    public static Decoded decode(byte[] bytes) throws UnreadableException {
        if (bytes.length == 0) {
            throw new UnreadableException("empty");
        }
        List<String> repairs = new ArrayList<>();
        String text;
        String charset;
        int b0 = bytes[0] & 0xFF;
        int b1 = bytes.length > 1 ? bytes[1] & 0xFF : -1;
        if (b0 == 0xFE && b1 == 0xFF || b0 == 0xFF && b1 == 0xFE) {
            charset = b0 == 0xFE ? "UTF-16BE" : "UTF-16LE";
            text = new String(bytes, 2, bytes.length - 2 & ~1,
                    b0 == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE);
            checkControls(text);
        } else if (utf16WithoutMark(bytes) != null) {
            boolean le = utf16WithoutMark(bytes);
            charset = le ? "UTF-16LE" : "UTF-16BE";
            text = new String(bytes, 0, bytes.length & ~1, le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            checkControls(text);
        } else {
            checkBinary(bytes);
            int from = 0;
            if (bytes.length >= 3 && b0 == 0xEF && b1 == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
                from = 3;
                repairs.add("removed the UTF-8 byte-order mark");
            }
            Utf8Scan scan = Utf8Scan.of(bytes, from);
            if (scan.invalid() == 0) {
                charset = "UTF-8";
                text = new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
            } else if (scan.mixed()) {
                charset = "UTF-8+windows-1254";
                text = Utf8Scan.decodeMixed(bytes, from);
                repairs.add("read " + scan.invalid() + " bytes that are not UTF-8 as windows-1254");
            } else {
                charset = scan.hasC1Bytes() ? "windows-1254" : "ISO-8859-9";
                text = Windows1252.decode1254(bytes, from, bytes.length);
            }
        }
        Decoded d = TextRepair.repair(text, charset);
        if (d.text().isBlank()) {
            throw new UnreadableException("empty (only whitespace)");
        }
        if (repairs.isEmpty()) {
            return d;
        }
        repairs.addAll(d.repairs());
        return new Decoded(d.text(), d.charset(), repairs);
    }

    /** True for little-endian, false for big-endian, null when the bytes do not look like UTF-16 text. */
    private static Boolean utf16WithoutMark(byte[] b) {
        int n = Math.min(b.length & ~1, 4096);
        if (n < 4) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero * 10 >= pairs * 6 && evenZero == 0) {
            return Boolean.TRUE; // "A\0B\0…": ASCII-heavy little-endian text
        }
        if (evenZero * 10 >= pairs * 6 && oddZero == 0) {
            return Boolean.FALSE;
        }
        return null;
    }

    private static void checkBinary(byte[] b) throws UnreadableException {
        int controls = 0;
        for (byte x : b) {
            int v = x & 0xFF;
            if (v == 0) {
                throw new UnreadableException("binary data (NUL bytes)");
            }
            if (isControl(v)) {
                controls++;
            }
        }
        if (controls > 2 && controls * 100L > b.length) {
            throw new UnreadableException("binary data (" + controls + " control bytes in " + b.length + ")");
        }
    }

    private static void checkControls(String s) throws UnreadableException {
        int controls = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) {
                throw new UnreadableException("binary data (NUL characters)");
            }
            if (c < 0x80 && isControl(c)) {
                controls++;
            }
        }
        if (controls > 2 && controls * 100L > s.length()) {
            throw new UnreadableException("binary data (" + controls + " control characters in " + s.length() + ")");
        }
    }

    /** C0 controls other than tab, line feed, vertical tab, form feed, carriage return; and DEL. */
    private static boolean isControl(int v) {
        return v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != 0x0B && v != 0x0C || v == 0x7F;
    }
}
