package dev.kulis.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TURKISH = "İzmir'de Çağrı Işıkoğlu, \"Şüphesiz güç ölçülür\" dedi. ĞÜŞİÖÇ ğüşıöç";
    private static final Charset CP1254 = Charset.forName("windows-1254");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    @Test
    void utf8() throws Exception {
        Decoded d = TextDecoder.decode(TURKISH.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(TURKISH);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.repairs()).isEmpty();
    }

    @Test
    void utf8WithBom() throws Exception {
        byte[] body = TURKISH.getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        Decoded d = TextDecoder.decode(b);
        assertThat(d.text()).isEqualTo(TURKISH);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.repairs()).anyMatch(r -> r.contains("byte-order mark"));
    }

    @Test
    void utf16WithAndWithoutBom() throws Exception {
        Decoded be = TextDecoder.decode(("\uFEFF" + TURKISH).getBytes(StandardCharsets.UTF_16BE));
        assertThat(be.text()).isEqualTo(TURKISH);
        assertThat(be.charset()).isEqualTo("UTF-16BE");
        Decoded le = TextDecoder.decode(("\uFEFF" + TURKISH).getBytes(StandardCharsets.UTF_16LE));
        assertThat(le.text()).isEqualTo(TURKISH);
        assertThat(le.charset()).isEqualTo("UTF-16LE");
        Decoded bare = TextDecoder.decode(TURKISH.getBytes(StandardCharsets.UTF_16LE));
        assertThat(bare.text()).isEqualTo(TURKISH);
        assertThat(bare.charset()).isEqualTo("UTF-16LE");
    }

    @Test
    void windows1254WithCurlyQuotes() throws Exception {
        String s = "Başkan Kılıçoğlu, “Gücümüz İzmir’dedir” dedi…";
        Decoded d = TextDecoder.decode(s.getBytes(CP1254));
        assertThat(d.text()).isEqualTo(s);
        assertThat(d.charset()).isEqualTo("windows-1254");
    }

    @Test
    void iso88599() throws Exception {
        String s = "Şanlıurfa'da ağır İŞ ĞÜÇ";
        Decoded d = TextDecoder.decode(s.getBytes(Charset.forName("ISO-8859-9")));
        assertThat(d.text()).isEqualTo(s);
        assertThat(d.charset()).isEqualTo("ISO-8859-9");
    }

    @Test
    void doubleEncodedUtf8ViaWindows1252() throws Exception {
        String mojibake = new String(TURKISH.getBytes(StandardCharsets.UTF_8), CP1252);
        assertThat(mojibake).contains("Ä°zmir");
        Decoded d = TextDecoder.decode(mojibake.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(TURKISH);
        assertThat(d.repairs()).anyMatch(r -> r.contains("double-encoded"));
    }

    @Test
    void doubleEncodedUtf8ViaLatin1KeepsNoControls() throws Exception {
        // Latin-1 turns the 0x9F of ş into the C1 control U+009F: "Å\u009F"
        String mojibake = new String(TURKISH.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        Decoded d = TextDecoder.decode(mojibake.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(TURKISH);
    }

    @Test
    void tripleEncodedUtf8() throws Exception {
        String once = new String(TURKISH.getBytes(StandardCharsets.UTF_8), CP1252);
        String twice = new String(once.getBytes(StandardCharsets.UTF_8), CP1252);
        Decoded d = TextDecoder.decode(twice.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(TURKISH);
    }

    @Test
    void doubleEncodedSmartQuote() throws Exception {
        Decoded d = TextDecoder.decode("Ä°zmirâ€™de â€œevetâ€\u009d".getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("İzmir’de “evet”");
    }

    @Test
    void c1ControlsBecomeQuotesLengthPreserved() throws Exception {
        String s = "\u0091Evet\u0092 dedi, \u0093hayır\u0094 dedi\u0085 \u0096 son";
        Decoded d = TextDecoder.decode(s.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("‘Evet’ dedi, “hayır” dedi… – son").hasSameSizeAs(s);
        assertThat(d.repairs()).anyMatch(r -> r.contains("C1"));
    }

    @Test
    void aCircumflexBeforeQuoteMarksIsNotMojibake() throws Exception {
        // found by the property below: â’’ reads as UTF-8 E2 92 92 (U+2492), which no news text means
        String s = "Hâlâ ’’kâr’’ dediler: â’’";
        assertThat(TextDecoder.decode(s.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(s);
    }

    @Test
    void capitalLettersBeforeCurlyApostropheAreNotMojibake() throws Exception {
        String s = "İSVEÇ’TE ANKARAGÜCÜ’NDE ODTÜ’den";
        assertThat(TextDecoder.decode(s.getBytes(CP1254)).text()).isEqualTo(s);
        assertThat(TextDecoder.decode(s.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(s);
    }

    @Test
    void mixedUtf8AndWindows1254() throws Exception {
        byte[] a = "Gümüşhane'de güçlü yağış. ".repeat(3).getBytes(StandardCharsets.UTF_8);
        byte[] b = "Çağ".getBytes(CP1254);
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        Decoded d = TextDecoder.decode(all);
        assertThat(d.text()).endsWith("yağış. Çağ");
        assertThat(d.charset()).isEqualTo("UTF-8+windows-1254");
    }

    @Test
    void lostLettersAreRestored() throws Exception {
        Decoded d = TextDecoder.decode("T\uFFFDrkiye'nin ba\uFFFDkenti Ankara'd\uFFFDr.".getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("Türkiye'nin başkenti Ankara'dır.");
        assertThat(d.repairs()).anyMatch(r -> r.contains("U+FFFD"));
    }

    @Test
    void emptyAndBlankAreRejected() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).isInstanceOf(UnreadableException.class)
                .hasMessage("empty");
        assertThatThrownBy(() -> TextDecoder.decode(" \n\t\r\n".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnreadableException.class).hasMessageStartingWith("empty");
    }

    @Test
    void binaryIsRejected() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> TextDecoder.decode(png)).isInstanceOf(UnreadableException.class)
                .hasMessageStartingWith("binary data");
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 'a' : 0x03);
        }
        assertThatThrownBy(() -> TextDecoder.decode(controls)).isInstanceOf(UnreadableException.class)
                .hasMessageStartingWith("binary data");
    }

    @Property(tries = 300)
    void cleanUtf8IsReturnedUnchanged(@ForAll @StringLength(min = 1, max = 200)
                                      @Chars({'ç', 'ğ', 'ı', 'ö', 'ş', 'ü', 'Ç', 'Ğ', 'İ', 'Ö', 'Ş', 'Ü', ' ', '.', ',',
                                              '\'', '"', '’', '“', '”', '\n', 'â', 'î', 'û'})
                                      @CharRange(from = 'a', to = 'z') @CharRange(from = 'A', to = 'Z') String s)
            throws Exception {
        if (s.isBlank()) {
            return;
        }
        Decoded d = TextDecoder.decode(s.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(s);
        assertThat(d.repairs()).isEmpty();
    }

    @Property(tries = 300)
    void turkishInWindows1254RoundTrips(@ForAll @StringLength(min = 1, max = 200)
                                        @Chars({'ç', 'ğ', 'ı', 'ö', 'ş', 'ü', 'Ç', 'Ğ', 'İ', 'Ö', 'Ş', 'Ü', ' ', '.', ','})
                                        @CharRange(from = 'a', to = 'z') String s) throws Exception {
        if (s.isBlank()) {
            return;
        }
        assertThat(TextDecoder.decode(s.getBytes(CP1254)).text()).isEqualTo(s);
    }
}
