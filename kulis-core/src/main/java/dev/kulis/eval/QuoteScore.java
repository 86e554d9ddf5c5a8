package dev.kulis.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quote detection and speaker attribution counts, exactly as {@code score.py quotes} counts them: a gold quote
 * is matched by the unused prediction with the best (overlap of the shorter span, overlap of the union) if the
 * first is at least 0.5; direct, mixed and headline count as direct; unmatched gold quotes are false negatives
 * only when {@code sure}; unmatched predictions are false positives unless they overlap an {@code unsure} gold
 * quote by half; the speaker of a matched quote is right when the gold surname (last word of the fullest name)
 * is among the predicted name's words, or the names share a word of four letters or more. Not thread-safe.
 */
public final class QuoteScore {
    /** A gold quote: span, kind, the speaker as written and its fullest name, type, {@code sure}. */
    public record Gold(String kind, int start, int end, String speaker, String speakerName, String speakerType,
                       boolean sure) {
    }

    /** A predicted quote: span (or its text, when the span is missing), kind and the speaker's name/text. */
    public record Predicted(String kind, Integer start, Integer end, String text, String speakerName,
                            String speakerText) {
    }

    private static final Set<String> TITLES = Set.of("bakan", "başkan", "başkanı", "sayın", "bey", "hanım", "dr.",
            "prof.", "doç.", "genel", "sözcüsü");
    private static final Pattern SUFFIX = Pattern.compile("['’`][a-zçğıöşü]*");
    private static final Pattern WORD = Pattern.compile("[a-zçğıöşüâîû0-9.]+");

    private long directTp, directFp, directFn, indirectTp, indirectFp, indirectFn, speakerN, speakerOk;
    private long goldNotInText, articles;

    /** Scores one article: its text, gold quotes in text order, predicted quotes. */
    public void add(String text, List<Gold> gold, List<Predicted> predicted) {
        articles++;
        List<int[]> spans = new ArrayList<>();
        List<Predicted> pq = new ArrayList<>();
        for (Predicted q : predicted) {
            Integer s = q.start(), e = q.end();
            int[] span;
            if (s == null || e == null || !(0 <= s && s < e && e <= text.length())) {
                span = locate(text, q.text() == null || q.text().isEmpty() ? "\0" : q.text());
                if (span == null) {
                    continue;
                }
            } else {
                span = new int[] {s, e};
            }
            spans.add(span);
            pq.add(q);
        }
        Set<Integer> used = new HashSet<>();
        for (Gold g : gold) {
            int[] loc = goldSpan(text, g);
            boolean indirect = "indirect".equals(g.kind());
            if (loc == null) {
                goldNotInText++;
                continue;
            }
            int best = -1;
            double b0 = 0.0, b1 = 0.0;
            for (int i = 0; i < spans.size(); i++) {
                if (used.contains(i)) {
                    continue;
                }
                int[] span = spans.get(i);
                int inter = Math.max(0, Math.min(loc[1], span[1]) - Math.max(loc[0], span[0]));
                double o0 = overlap(loc, span);
                double o1 = (double) inter / (Math.max(loc[1], span[1]) - Math.min(loc[0], span[0]));
                if (o0 > b0 || (o0 == b0 && o1 > b1)) {
                    best = i;
                    b0 = o0;
                    b1 = o1;
                }
            }
            if (best >= 0 && b0 >= 0.5) {
                used.add(best);
                if (indirect) {
                    indirectTp++;
                } else {
                    directTp++;
                }
                if (!"unknown".equals(g.speakerType()) && g.speakerName() != null && !g.speakerName().isEmpty()) {
                    speakerN++;
                    Predicted p = pq.get(best);
                    if (sameSpeaker(g.speakerName(), g.speaker(), p.speakerName(), p.speakerText())) {
                        speakerOk++;
                    }
                }
            } else if (g.sure()) {
                if (indirect) {
                    indirectFn++;
                } else {
                    directFn++;
                }
            }
        }
        for (int i = 0; i < spans.size(); i++) {
            if (used.contains(i)) {
                continue;
            }
            int[] span = spans.get(i);
            boolean excused = false;
            for (Gold g : gold) {
                if (!g.sure()) {
                    int[] l = goldSpan(text, g);
                    if (l != null && overlap(l, span) >= 0.5) {
                        excused = true;
                        break;
                    }
                }
            }
            if (excused) {
                continue;
            }
            if ("indirect".equals(pq.get(i).kind())) {
                indirectFp++;
            } else {
                directFp++;
            }
        }
    }

    /** Adds another score's counts to this one. */
    public void add(QuoteScore o) {
        directTp += o.directTp;
        directFp += o.directFp;
        directFn += o.directFn;
        indirectTp += o.indirectTp;
        indirectFp += o.indirectFp;
        indirectFn += o.indirectFn;
        speakerN += o.speakerN;
        speakerOk += o.speakerOk;
        goldNotInText += o.goldNotInText;
        articles += o.articles;
    }

    public long directTp() { return directTp; }
    public long directFp() { return directFp; }
    public long directFn() { return directFn; }
    public long indirectTp() { return indirectTp; }
    public long indirectFp() { return indirectFp; }
    public long indirectFn() { return indirectFn; }
    public long speakerN() { return speakerN; }
    public long speakerOk() { return speakerOk; }
    public long goldNotInText() { return goldNotInText; }
    public long articles() { return articles; }

    public double directP() { return ratio(directTp, directTp + directFp); }
    public double directR() { return ratio(directTp, directTp + directFn); }
    public double indirectP() { return ratio(indirectTp, indirectTp + indirectFp); }
    public double indirectR() { return ratio(indirectTp, indirectTp + indirectFn); }
    public double speakerAccuracy() { return ratio(speakerOk, speakerN); }

    /** The lines {@code score.py quotes} prints, in its format (its rounding: half-even on the exact value). */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append("direct quotes P ").append(pct(directP())).append(" R ").append(pct(directR()))
                .append(" (tp ").append(directTp).append(" fp ").append(directFp).append(" fn ").append(directFn)
                .append(")\n");
        b.append("indirect quotes P ").append(pct(indirectP())).append(" R ").append(pct(indirectR()))
                .append(" (tp ").append(indirectTp).append(" fp ").append(indirectFp).append(" fn ")
                .append(indirectFn).append(")\n");
        b.append("speaker accuracy ").append(pct(speakerAccuracy())).append(" (").append(speakerOk).append('/')
                .append(speakerN).append(" matched quotes)\n");
        if (goldNotInText > 0) {
            b.append("gold quotes not in the text: ").append(goldNotInText).append('\n');
        }
        b.append(summary()).append('\n');
        return b.toString();
    }

    /** The one-line summary of {@code score.py quotes}. */
    public String summary() {
        return "quotes direct P " + pct(directP()) + " R " + pct(directR()) + " indirect P " + pct(indirectP())
                + " R " + pct(indirectR()) + " speaker " + pct(speakerAccuracy());
    }

    /** {@code x * 100} with one decimal, as Python's {@code f"{x*100:.1f}"}. */
    public static String pct(double x) {
        return new BigDecimal(x * 100).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static double ratio(long a, long b) {
        return b == 0 ? 0.0 : (double) a / b;
    }

    static double overlap(int[] a, int[] b) {
        int inter = Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
        return (double) inter / Math.max(1, Math.min(a[1] - a[0], b[1] - b[0]));
    }

    private static int[] goldSpan(String text, Gold g) {
        return new int[] {g.start(), g.end()};
    }

    private static int[] locate(String text, String needle) {
        int s = text.indexOf(needle);
        return s < 0 ? null : new int[] {s, s + needle.length()};
    }

    /** score.py's {@code fold}: Turkish dotted/dotless I, lower case, NFC. */
    static String fold(String s) {
        s = s.replace("İ", "i").replace("I", "ı").toLowerCase(Locale.ROOT);
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** score.py's {@code name_tokens}: folded words without suffixes after an apostrophe, titles dropped. */
    public static List<String> nameTokens(String s) {
        String f = SUFFIX.matcher(fold(s == null ? "" : s)).replaceAll("");
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(f);
        while (m.find()) {
            if (!TITLES.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** score.py's {@code same_speaker}; a missing prediction ({@code predName} and {@code predText} null) is false. */
    public static boolean sameSpeaker(String goldName, String goldSurface, String predName, String predText) {
        if (predName == null && predText == null) {
            return false;
        }
        Set<String> pn = new HashSet<>(nameTokens(predName));
        pn.addAll(nameTokens(predText));
        Set<String> gn = new HashSet<>(nameTokens(goldName));
        gn.addAll(nameTokens(goldSurface));
        if (pn.isEmpty() || gn.isEmpty()) {
            return false;
        }
        List<String> last = nameTokens(goldName);
        if (last.isEmpty()) {
            last = nameTokens(goldSurface);
        }
        if (!last.isEmpty() && pn.contains(last.get(last.size() - 1))) {
            return true;
        }
        for (String w : pn) {
            if (w.length() >= 4 && gn.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
