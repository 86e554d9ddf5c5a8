package dev.kulis.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of the tokenizer and splitter on arbitrary text made of the characters they branch on. */
class TokenizerPropertiesTest {
    private static final String ALPHABET = "aAiİıIşŞçÇğöüzZ0159 .,;:!?…'\"’‘“”«»()-–/%@#_\n\t\u00A0\u00AD\u200B\u0307:)DP.wh";
    private final TurkishTokenizer tokenizer = new TurkishTokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.of("Kaya'nın", "Dr.", "vb.", "2.500", "14:30", "15.", "www.ab.com",
                "a@b.co", "''", "...", "onyedi.", "T.C.", "A.", "http://x.org/a?b=1", "açıkladı.Sonra", "?ehir");
        Arbitrary<String> chars = Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(12);
        return Arbitraries.oneOf(words, chars).list().ofMaxSize(30).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void tokensAreOrderedDisjointAndCoverEveryNonSpaceCharacter(@ForAll("texts") String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        boolean[] covered = new boolean[text.length()];
        int previousEnd = 0;
        for (Token t : tokens) {
            assertThat(t.start()).as("%s in %s", t, escape(text)).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.end()).isGreaterThan(t.start());
            assertThat(t.text()).isEqualTo(text.substring(t.start(), t.end()));
            for (int i = t.start(); i < t.end(); i++) {
                covered[i] = true;
            }
            previousEnd = t.end();
        }
        for (int i = 0; i < text.length(); i++) {
            if (!covered[i]) {
                assertThat(isIgnorable(text.charAt(i))).as("char %d %s of %s", i, text.charAt(i), text).isTrue();
            }
        }
    }

    @Property(tries = 300)
    void aRegionIsTokenizedLikeTheSameTextAlone(@ForAll("texts") String text) {
        String prefix = "Önce bir satır.\n";
        List<Token> alone = tokenizer.tokenize(text);
        List<Token> inRegion = tokenizer.tokenize(prefix + text, prefix.length(), prefix.length() + text.length());
        assertThat(inRegion).extracting(Token::text).containsExactlyElementsOf(
                alone.stream().map(Token::text).toList());
        assertThat(inRegion).extracting(Token::start).containsExactlyElementsOf(
                alone.stream().map(t -> t.start() + prefix.length()).toList());
    }

    @Property(tries = 1000)
    void sentencesPartitionTheTokens(@ForAll("texts") String text) {
        List<Token> tokens = tokenizer.tokenize(text);
        List<Sentence> sentences = splitter.split(text, tokens);
        int next = 0;
        for (Sentence s : sentences) {
            assertThat(s.firstToken()).isEqualTo(next);
            assertThat(s.lastToken()).isGreaterThan(s.firstToken());
            assertThat(s.start()).isEqualTo(tokens.get(s.firstToken()).start());
            assertThat(s.end()).isEqualTo(tokens.get(s.lastToken() - 1).end());
            assertThat(text.substring(s.start(), s.end())).doesNotContain("\n");
            next = s.lastToken();
        }
        assertThat(next).isEqualTo(tokens.size());
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return b.toString();
    }

    /** Whitespace and the invisible characters the normalizer drops. */
    private static boolean isIgnorable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u00AD' || c == '\u200B';
    }
}
