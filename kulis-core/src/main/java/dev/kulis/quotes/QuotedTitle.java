package dev.kulis.quotes;

import dev.kulis.text.TurkishCase;
import java.util.Set;

/**
 * Whether a quoted stretch names something (a title, a programme, an institution) rather than reports
 * words: it is followed by a naming word ({@code "Her Açıdan" adlı program}, {@code "X" isimli kurs}).
 */
final class QuotedTitle {
    static final Set<String> NAMING = Set.of("adlı", "isimli", "başlıklı", "adındaki", "ismindeki",
            "adıyla", "ismiyle", "adını", "ismini", "olarak");

    private QuotedTitle() {
    }

    static boolean is(String text, MarkedSpan m) {
        int p = m.close();
        while (p < text.length() && QuotationMarks.space(text.charAt(p))) {
            p++;
        }
        int q = p;
        while (q < text.length() && Character.isLetter(text.charAt(q))) {
            q++;
        }
        return NAMING.contains(TurkishCase.lower(text.substring(p, q)));
    }
}
