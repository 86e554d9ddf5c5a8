package dev.kulis.text;

import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups tokens into sentences, following the UD Turkish treebanks.
 *
 * <p>A sentence ends after a sentence-final mark ({@code . ? ! ... …}) and the closing quotes or brackets that
 * hug it, when the next token does not continue the sentence. Rules:
 * <ul>
 *   <li>a line break between two tokens always ends a sentence;</li>
 *   <li>abbreviations that precede names ({@code Dr.}, {@code Prof.}), initials ({@code A.}) and ordinals
 *       ({@code 15.}) are single tokens (see {@link TurkishTokenizer}) and never end a sentence; list-type
 *       abbreviations ({@code vb.}, {@code vs.}) end one when an upper-case word follows;</li>
 *   <li>a lower-case word after {@code ?} or {@code !}, or after a closing quote or bracket, continues the
 *       sentence ({@code "Geliyor musun?" diye sordu.}); after a bare full stop or ellipsis it starts a new one
 *       (as UD IMST does), unless the full stop follows a number ({@code yüzdokuz . madde}) or a reporting verb
 *       follows ({@code Peki. dedi});</li>
 *   <li>a short exclamation or question (one or two words) runs on: {@code Eyvah! Geç kaldık.}, and so does a
 *       run of them ending in a reporting verb: {@code Durun! Gitmeyin! diye bağırdı.};</li>
 *   <li>a quotation that holds several sentences is split inside, as UD does:
 *       {@code "Umuyorum.} | {@code Hepimize düşen görev..." diye konuştu.};</li>
 *   <li>a straight quote written against the final mark ({@code bitti."}) closes the sentence; a spaced one
 *       closes it only when a lower-case word follows, otherwise it opens the next sentence.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class SentenceSplitter {
    private final Abbreviations abbreviations;
    private final java.util.Set<String> continuations = java.util.Set.copyOf(Lexicons.lines("continuations.txt"));

    public SentenceSplitter() {
        this(Abbreviations.standard());
    }

    public SentenceSplitter(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    /** Sentences over all of {@code tokens} (token indices into that list). */
    public List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        split(text, tokens, 0, tokens.size(), out);
        return out;
    }

    /**
     * Appends the sentences of {@code tokens[from, to)} to {@code out}; their token indices are indices into
     * {@code tokens}. No sentence crosses {@code from} or {@code to}.
     */
    public void split(String text, List<Token> tokens, int from, int to, List<Sentence> out) {
        int start = from;
        for (int k = from; k < to; k++) {
            int last = k;
            boolean boundary = false;
            if (isTerminal(tokens, k, start)) {
                boolean closed = false;
                while (last + 1 < to && !lineBreak(text, tokens.get(last), tokens.get(last + 1))
                        && closes(tokens, last + 1, to)) {
                    closed = true;
                    last++;
                }
                boundary = last + 1 >= to || endsHere(text, tokens, start, k, last + 1, to, closed);
            }
            if (!boundary && last + 1 < to && lineBreak(text, tokens.get(last), tokens.get(last + 1))) {
                boundary = true;
            }
            if (boundary || last + 1 >= to) {
                out.add(new Sentence(tokens.get(start).start(), tokens.get(last).end(), start, last + 1));
                start = last + 1;
            }
            k = last;
        }
    }

    /**
     * Whether token {@code c}, right after a sentence-final mark (or a closer of it), closes the sentence with
     * it: a bracket or quote written against the mark ({@code bitti."}, {@code (kesin değil.)}), or a quote
     * followed by a lower-case word ({@code Ne oldu? " diye sordu}). A spaced quote before anything else
     * opens the next sentence ({@code yanıtladı. " Bitti "}).
     */
    private static boolean closes(List<Token> tokens, int c, int to) {
        Token t = tokens.get(c);
        boolean glued = !tokens.get(c - 1).spaceAfter();
        if (t.kind() == TokenKind.QUOTE) {
            if (isCurlyCloser(t) || glued) {
                return true;
            }
            return c + 1 < to && CharClass.isLower(tokens.get(c + 1).text().charAt(0));
        }
        if (glued && isCloser(t)) {
            return true;
        }
        return glued && t.kind() == TokenKind.PUNCT && isFinalMark(t.text().charAt(0));
    }

    /** Whether token {@code k} can end a sentence. */
    private boolean isTerminal(List<Token> tokens, int k, int sentenceStart) {
        Token t = tokens.get(k);
        String s = t.text();
        if (t.kind() == TokenKind.PUNCT) {
            if (!isFinalMark(s.charAt(0))) {
                return false;
            }
            for (int i = 1; i < s.length(); i++) {
                char c = s.charAt(i);
                if (!isFinalMark(c) && c != '"' && c != '\'' && c != ')') {
                    return false;
                }
            }
            // "2 . Madde": a list marker at the start of a sentence
            return !(s.equals(".") && k == sentenceStart + 1 && tokens.get(sentenceStart).kind() == TokenKind.NUMBER
                    && tokens.get(sentenceStart).end() == t.start());
        }
        if (t.kind() == TokenKind.ABBREVIATION && s.length() > 1 && s.charAt(s.length() - 1) == '.') {
            return abbreviations.use(s, 0, s.length() - 1) == Abbreviations.Use.FINAL;
        }
        return false;
    }

    /**
     * Whether the sentence that started at token {@code start} ends after the terminal token {@code k} and its
     * closers, before token {@code next}.
     */
    private boolean endsHere(String text, List<Token> tokens, int start, int k, int next, int to, boolean closed) {
        Token t = tokens.get(k);
        String s = t.text();
        char c = tokens.get(next).text().charAt(0);
        if (t.kind() == TokenKind.ABBREVIATION) {
            return CharClass.isUpper(c);
        }
        char lastChar = s.charAt(s.length() - 1);
        closed |= lastChar == '"' || lastChar == '\'' || lastChar == ')';     // BOUN's ." and .) tokens
        if (CharClass.isLower(c)) {
            if (closed || s.charAt(0) == '?' || s.charAt(0) == '!') {
                return false;          // "…?" diye sordu; Geliyor musun? diye sordu
            }
            // a full stop after a number is an ordinal written apart (yüzdokuz . madde); Peki. dedi
            return !(k > 0 && isNumberLike(tokens.get(k - 1))) && !continuations.contains(tokens.get(next).text());
        }
        if (closed || !(s.equals("!") || s.equals("?"))) {
            return true;
        }
        // UD Turkish keeps short exclamations and questions with what follows: "Eyvah! Geç kaldık." and
        // "Durun! Gitmeyin! diye bağırdı."
        int words = 0;
        for (int i = start; i < k; i++) {
            if (tokens.get(i).kind() != TokenKind.PUNCT && tokens.get(i).kind() != TokenKind.QUOTE) {
                words++;
            }
        }
        if (words <= (s.equals("!") ? 2 : 1)) {
            return false;
        }
        return !speechContinues(text, tokens, next, to);
    }

    /** The stretch from {@code from} ends in {@code ?} or {@code !} followed by a lower-case word (diye, dedi). */
    private static boolean speechContinues(String text, List<Token> tokens, int from, int to) {
        for (int i = from; i < to - 1 && i < from + 40; i++) {
            Token t = tokens.get(i);
            if (lineBreak(text, t, tokens.get(i + 1))) {
                return false;
            }
            if (t.kind() == TokenKind.PUNCT && isFinalMark(t.text().charAt(0))) {
                String m = t.text();
                return (m.equals("?") || m.equals("!")) && CharClass.isLower(tokens.get(i + 1).text().charAt(0));
            }
        }
        return false;
    }

    private static boolean isFinalMark(char c) {
        return c == '.' || c == '?' || c == '!' || c == '…';
    }

    private static boolean isNumberLike(Token t) {
        return t.kind() == TokenKind.NUMBER || NumberWords.standard().matches(t.text(), 0, t.text().length());
    }

    private static boolean lineBreak(String text, Token a, Token b) {
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                return true;
            }
        }
        return false;
    }



    /** Closing brackets and quotes that stay with the sentence when written right after its final mark. */
    private static boolean isCloser(Token t) {
        if (t.text().length() != 1) {
            return false;
        }
        char c = t.text().charAt(0);
        return c == ')' || c == ']' || c == '}' || c == '»' || c == '›' || c == '”' || c == '’';
    }

    /** Quote marks that only ever close. */
    private static boolean isCurlyCloser(Token t) {
        return t.text().length() == 1 && (t.text().charAt(0) == '”' || t.text().charAt(0) == '»');
    }
}
