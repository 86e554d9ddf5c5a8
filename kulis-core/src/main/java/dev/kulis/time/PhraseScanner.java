package dev.kulis.time;

import dev.kulis.model.Token;
import dev.kulis.model.TokenKind;
import dev.kulis.text.TurkishCase;
import dev.kulis.time.TimeWord.Role;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The time phrases of one sentence, found left to right, longest first, without overlap. Each rule below is one
 * phrase shape; they only look at the words the {@link TimeLexicon} classified and at number tokens, so a
 * sentence without time words costs one hash lookup per token. One instance per sentence; not thread-safe.
 */
final class PhraseScanner {
    private final List<Token> tokens;
    private final TimeWord[] words;
    private final int from;
    private final int to;
    private final Anchor anchor;
    private final TimeLexicon lexicon;
    /** Tokens a phrase may start at (numbers and time words), in order; null when there are none. */
    private final int[] candidates;
    private final int candidateCount;

    PhraseScanner(String text, List<Token> tokens, int from, int to, Anchor anchor, TimeLexicon lexicon) {
        this.tokens = tokens;
        this.from = from;
        this.to = to;
        this.anchor = anchor;
        this.lexicon = lexicon;
        this.words = new TimeWord[to - from];
        int[] starts = null;
        int n = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            TokenKind k = t.kind();
            boolean start = k == TokenKind.NUMBER;
            if (k == TokenKind.WORD || k == TokenKind.SYMBOL || k == TokenKind.ABBREVIATION) {
                TimeWord w = lexicon.lookup(text, t);
                words[i - from] = w;
                start = w != null;
            }
            if (start) {
                if (starts == null) {
                    starts = new int[Math.min(16, to - i)];
                } else if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i;
            }
        }
        this.candidates = starts;
        this.candidateCount = n;
    }

    TimeWord word(int i) {
        return i >= from && i < to ? words[i - from] : null;
    }

    TimeWord[] words() {
        return words;
    }

    /** Appends the sentence's time phrases to {@code out}. */
    void scan(List<TimeMatch> out) {
        if (candidateCount == 0) {
            return;
        }
        List<TimeMatch> found = null;
        int next = from;
        for (int c = 0; c < candidateCount; c++) {
            int i = candidates[c];
            if (i < next) {
                continue;                                   // inside the phrase found before
            }
            TimeMatch m = matchAt(i);
            if (m == null) {
                continue;
            }
            m = withEdge(m);
            if (found == null) {
                found = new ArrayList<>(4);
            }
            found.add(m);
            next = m.endToken();
        }
        if (found != null) {
            attachClockTimes(found);
            out.addAll(found);
        }
    }

    /** The phrase starting at token {@code i}, tried by what that token is: a number or a time word. */
    private TimeMatch matchAt(int i) {
        TimeWord w = words[i - from];
        boolean wordNext = word(i + 1) != null;
        if (w == null) {                                    // a number token
            if (!wordNext && !mayStandAlone(tokens.get(i).text())) {
                return null;                                // a count of something: "300 kişi"
            }
            TimeMatch m = numericDate(i);
            if (m == null) {
                m = dayMonth(i);
            }
            if (m == null) {
                m = yearFirst(i);
            }
            if (m == null) {
                m = clock(i);
            }
            return m != null ? m : counted(i);
        }
        switch (w.role()) {
            case MONTH:
                return monthFirst(i);
            case PART_OF_DAY:
                return clock(i);
            case UNIT:
                TimeMatch m = clock(i);
                return m != null ? m : vaguePlural(i);
            case DEICTIC:
                return deictic(i);
            case SHIFT:
            case RANGE:
                return wordNext || numberAt(i + 1) ? determined(i) : null;
            case WEEKDAY:
                return weekday(i);
            case EVERY:
                return wordNext || numberAt(i + 1) ? every(i) : null;
            case NUMBER:
                return wordNext ? counted(i) : null;            // a count needs a unit after it
            default:
                return null;
        }
    }

    private boolean numberAt(int i) {
        return i < to && tokens.get(i).kind() == TokenKind.NUMBER;
    }

    /**
     * Whether a number token without a time word after it may still be a time: a year ({@code 2019}), or a
     * number with separators or a suffix ({@code 26.11.2019}, {@code 14.30'da}, {@code 2014'teki}).
     */
    private static boolean mayStandAlone(String s) {
        if (s.length() == 4) {
            return true;
        }
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return true;
            }
        }
        return false;
    }

    // ---- absolute dates -------------------------------------------------------------------------------------

    /** {@code 26.11.2019}, {@code 26/11/2019'da}, {@code 2019-03-31}. */
    private TimeMatch numericDate(int i) {
        Token t = tokens.get(i);
        if (t.kind() != TokenKind.NUMBER) {
            return null;
        }
        String s = t.text();
        int apo = TimeLexicon.apostrophe(s);
        int n = apo < 0 ? s.length() : apo;
        int d1 = s.indexOf('.') >= 0 ? '.' : '/';
        int a = s.indexOf(d1);
        int b = a < 0 ? -1 : s.indexOf(d1, a + 1);
        if (a >= 1 && a <= 2 && b - a >= 2 && b - a <= 3 && n - b == 5) {
            LocalDate d = date(num(s, b + 1, n), num(s, a + 1, b), num(s, 0, a));
            return d == null ? null : withDayWord(make(i, i + 1, TimeMatch.DATE, d.toString()));
        }
        // 2019-03-31: five tokens without spaces
        if (Quantities.plainDigits(t, 4, 4) && !t.spaceAfter() && i + 4 < to && isDash(i + 1) && isDash(i + 3)
                && Quantities.plainDigits(tokens.get(i + 2), 2, 2) && !tokens.get(i + 2).spaceAfter()) {
            Token dayTok = tokens.get(i + 4);
            String ds = dayTok.text();
            int dApo = TimeLexicon.apostrophe(ds);
            int dn = dApo < 0 ? ds.length() : dApo;
            if (dayTok.kind() == TokenKind.NUMBER && dn == 2) {
                LocalDate d = date(num(s, 0, 4), num(tokens.get(i + 2).text(), 0, 2), num(ds, 0, 2));
                return d == null ? null : make(i, i + 5, TimeMatch.DATE, d.toString());
            }
        }
        return null;
    }

    /** {@code 31 Mart'ta}, {@code 31 Mart 2019}, {@code 31 Mart 2019 Pazar günü}. */
    private TimeMatch dayMonth(int i) {
        Token t = tokens.get(i);
        TimeWord m = word(i + 1);
        if (m == null || !m.is(Role.MONTH) || !Quantities.plainDigits(t, 1, 2)) {
            return null;
        }
        int day = num(t.text(), 0, t.text().length());
        if (m.bare()) {
            int year = yearAt(i + 2);
            if (year > 0) {
                LocalDate d = date(year, m.number(), day);
                if (d == null) {
                    return null;
                }
                return withDayWord(make(i, withWeekday(i + 3), TimeMatch.DATE, d.toString()));
            }
        }
        int end = m.bare() ? withWeekday(i + 2) : i + 2;
        String v = TimeResolver.dayMonth(anchor, m.number(), day, tense(end));
        return v == null ? null : withDayWord(make(i, end, TimeMatch.DATE, v));
    }

    /**
     * Phrases that start with a year: {@code 2014'teki}, {@code 2019 yılında}, {@code 2019 Mart ayında},
     * {@code 2019 yazında}, {@code 1990'lı yıllarda}, and a bare {@code 2019} before a noun.
     */
    private TimeMatch yearFirst(int i) {
        Token t = tokens.get(i);
        if (t.kind() != TokenKind.NUMBER) {
            return null;
        }
        String s = t.text();
        int apo = TimeLexicon.apostrophe(s);
        int n = apo < 0 ? s.length() : apo;
        if (!allDigits(s, 0, n)) {
            return null;
        }
        if (apo > 0 && isDecadeSuffix(s, apo + 1)) {
            return decade(i, s, n);
        }
        if (n != 4) {
            return null;
        }
        int year = num(s, 0, 4);
        if (year < 1000 || year > 2099) {
            return null;
        }
        if (apo > 0) {
            return amountFollows(i + 1) ? null : make(i, i + 1, TimeMatch.DATE, s.substring(0, 4));
        }
        TimeWord next = word(i + 1);
        if (next != null && next.is(Role.UNIT) && next.unit() == Granularity.YEAR && next.count() == 1
                && next.possessiveLike()) {
            TimeWord month = word(i + 2);
            if (month != null && month.is(Role.MONTH)
                    && ("Gen".equals(next.ending().grammaticalCase()) || next.ending().stripped().isEmpty()
                    || "Acc".equals(next.ending().grammaticalCase()))) {     // 2019 yılı(nın) Haziran ayında
                return yearMonth(i, i + 2, year, month);
            }
            return compound(make(i, i + 2, TimeMatch.DATE, s.substring(0, 4)));
        }
        if (next != null && next.is(Role.MONTH)) {
            return yearMonth(i, i + 1, year, next);
        }
        if (next != null && next.is(Role.SEASON)) {
            return make(i, i + 2, TimeMatch.DATE, s.substring(0, 4) + "-" + next.code());
        }
        return bareYear(i) ? make(i, i + 1, TimeMatch.DATE, s.substring(0, 4)) : null;
    }

    private TimeMatch yearMonth(int first, int monthAt, int year, TimeWord month) {
        int end = monthAt + 1;
        TimeWord ay = word(end);
        if (month.bare() && ay != null && ay.is(Role.UNIT) && ay.unit() == Granularity.MONTH) {
            end++;
        }
        return compound(make(first, end, TimeMatch.DATE, TimeResolver.yearMonth(year, month.number())));
    }

    /** {@code 1990'lı yıllarda} → {@code 199}: the TIMEX3 decade, the year with its last digit dropped. */
    private TimeMatch decade(int i, String s, int n) {
        if (s.charAt(n - 1) != '0' || (n != 4 && n != 2)) {
            return null;
        }
        TimeWord next = word(i + 1);
        boolean years = next != null && next.is(Role.UNIT) && next.unit() == Granularity.YEAR && next.count() == 1
                && next.ending().plural();
        String value;
        if (n == 4) {
            value = s.substring(0, 3);
        } else if (years) {            // "90'lı yıllar": the 1990s; "00'lı", "10'lu": the 2000s, 2010s
            value = (s.charAt(0) <= '1' ? "20" : "19") + s.charAt(0);
        } else {
            return null;               // "20'li yaşlar" is an age
        }
        return make(i, years ? i + 2 : i + 1, TimeMatch.DATE, value);
    }

    /** {@code Mart 2019}, {@code Mart ayında}, {@code Mart'ta}, {@code Mart sonunda}. */
    private TimeMatch monthFirst(int i) {
        TimeWord m = word(i);
        if (m == null || !m.is(Role.MONTH)) {
            return null;
        }
        boolean apostrophe = TimeLexicon.apostrophe(tokens.get(i).text()) >= 0;
        if (m.bare() && !apostrophe) {
            int year = yearAt(i + 1);
            if (year > 0) {
                return make(i, i + 2, TimeMatch.DATE, TimeResolver.yearMonth(year, m.number()));
            }
        }
        TimeWord next = word(i + 1);
        if (m.bare() && next != null && next.is(Role.UNIT) && next.unit() == Granularity.MONTH
                && next.possessiveLike()) {
            return compound(make(i, i + 2, TimeMatch.DATE,
                    TimeResolver.month(anchor, m.number(), tense(i + 2), false)));
        }
        boolean edge = m.bare() && next != null && next.is(Role.EDGE);
        if ((apostrophe && !m.flagged()) || edge) {
            return make(i, i + 1, TimeMatch.DATE, TimeResolver.month(anchor, m.number(), tense(i + 1), false));
        }
        return null;
    }

    // ---- clock times ----------------------------------------------------------------------------------------

    /** {@code saat 14.30'da}, {@code akşam saat 8'de}, {@code 14.30'da}, {@code 14:30}. */
    private TimeMatch clock(int i) {
        int first = i;
        String part = null;
        TimeWord w = word(i);
        if (w != null && w.is(Role.PART_OF_DAY) && isSaat(i + 1)) {
            part = w.code();
            i++;
        }
        int minutes;
        int end;
        if (isSaat(i)) {
            minutes = i + 1 < to ? clockValue(tokens.get(i + 1), true) : -1;
            end = i + 2;
        } else {
            minutes = clockValue(tokens.get(i), false);
            end = i + 1;
        }
        if (minutes < 0) {
            return null;
        }
        int h = minutes / 60;
        int min = minutes % 60;
        if (part != null && h < 12 && (part.equals("EV") || part.equals("AF") || (part.equals("NI") && h >= 6))) {
            h += 12;
        }
        return make(first, end, TimeMatch.TIME, TimeResolver.clock(h, min));
    }

    private boolean isSaat(int i) {
        TimeWord w = word(i);
        return w != null && w.is(Role.UNIT) && w.unit() == Granularity.HOUR && w.bare()
                && TimeLexicon.apostrophe(tokens.get(i).text()) < 0;
    }

    /**
     * Minutes since midnight written in the token, or −1: {@code 14.30}, {@code 14:30}, and after "saat" also
     * {@code 10}, {@code 9'da}. Without "saat" a dotted time needs a case suffix ({@code 14.30'da}): a bare
     * {@code 14.30} may be a price.
     */
    private int clockValue(Token t, boolean afterSaat) {
        if (t.kind() != TokenKind.NUMBER) {
            return -1;
        }
        String s = t.text();
        int apo = TimeLexicon.apostrophe(s);
        int n = apo < 0 ? s.length() : apo;
        int sep = -1;
        for (int k = 0; k < n; k++) {
            if (s.charAt(k) == '.' || s.charAt(k) == ':') {
                sep = k;
                break;
            }
        }
        if (sep < 0) {
            if (!afterSaat || n > 2 || !allDigits(s, 0, n)) {
                return -1;
            }
            int h = num(s, 0, n);
            return h <= 24 ? h * 60 : -1;
        }
        if (sep < 1 || sep > 2 || n - sep != 3 || !allDigits(s, 0, sep) || !allDigits(s, sep + 1, n)) {
            return -1;
        }
        if (!afterSaat && s.charAt(sep) == '.' && apo < 0) {
            return -1;
        }
        if (!afterSaat && apo > 0) {
            String c = lexicon.apostropheEnding(s, apo).grammaticalCase();
            if (c == null || !(c.equals("Loc") || c.equals("Abl") || c.equals("Dat"))) {
                return -1;
            }
        }
        int h = num(s, 0, sep);
        int m = num(s, sep + 1, n);
        return h <= 24 && m <= 59 && !(h == 24 && m > 0) ? h * 60 + m : -1;
    }

    /**
     * A clock time right after a date of one day becomes one expression ({@code dün saat 14.30'da} →
     * {@code 2019-01-14T14:30}); one standing alone takes the article's day when the article has one.
     */
    private void attachClockTimes(List<TimeMatch> found) {
        for (int k = 0; k < found.size(); k++) {
            TimeMatch m = found.get(k);
            if (!m.kind().equals(TimeMatch.TIME) || m.value() == null || !m.value().startsWith("T")) {
                continue;
            }
            TimeMatch prev = k > 0 ? found.get(k - 1) : null;
            String day = prev == null || prev.endToken() != m.firstToken() || prev.value() == null
                    || prev.value().length() < 10 ? null : prev.value().substring(0, 10);
            if (prev != null && prev.kind().equals(TimeMatch.DATE) && TimeResolver.isDay(day)) {
                found.set(k - 1, make(prev.firstToken(), m.endToken(), TimeMatch.TIME, day + m.value()));
                found.remove(k);
                k--;
            } else if (anchor != null && anchor.precision() == Granularity.DAY) {
                found.set(k, m.withValue(anchor.start() + m.value()));
            }
        }
    }

    // ---- relative dates -------------------------------------------------------------------------------------

    /** {@code dün}, {@code bugün}, {@code yarın}, {@code dünkü}, {@code dün akşam}. */
    private TimeMatch deictic(int i) {
        TimeWord w = word(i);
        if (w == null || !w.is(Role.DEICTIC) || w.ending().plural()) {
            return null;
        }
        if (isDunden(i) && isBugune(i + 1) || isBugune(i) && isDunden(i - 1)) {
            return null;                                    // "dünden bugüne": since old times, an idiom
        }
        String v = TimeResolver.shift(anchor, Granularity.DAY, w.number());
        TimeWord part = word(i + 1);
        if (w.bare() && part != null && part.is(Role.PART_OF_DAY) && !part.ending().plural()) {
            return make(i, i + 2, TimeMatch.DATE, TimeResolver.isDay(v) ? v + "T" + part.code() : v);
        }
        return make(i, i + 1, TimeMatch.DATE, v);
    }

    private boolean isDunden(int i) {
        TimeWord w = word(i);
        return w != null && w.is(Role.DEICTIC) && w.number() == -1 && "Abl".equals(w.ending().grammaticalCase());
    }

    private boolean isBugune(int i) {
        TimeWord w = word(i);
        return w != null && w.is(Role.DEICTIC) && w.number() == 0 && "Dat".equals(w.ending().grammaticalCase());
    }

    /**
     * A determiner and what it determines: {@code geçen hafta}, {@code bu yıl}, {@code önümüzdeki ay},
     * {@code geçen Mart}, {@code gelecek Pazartesi}, {@code geçen kış}, {@code bu sabah}; with a count it is a
     * duration: {@code son 2 ayda}, {@code önümüzdeki 5 yıl}.
     */
    private TimeMatch determined(int i) {
        TimeWord d = word(i);
        if (d == null || !(d.is(Role.SHIFT) || d.is(Role.RANGE)) || !d.bare()) {
            return null;
        }
        boolean range = d.is(Role.RANGE) || d.number() != 0;
        Quantity q = Quantities.read(tokens, words, from, i + 1, to);
        if (q != null) {
            TimeWord u = word(q.end());
            if (!range || u == null || !u.is(Role.UNIT)) {
                return null;
            }
            return make(i, q.end() + 1, TimeMatch.DURATION, duration(q.value(), u));
        }
        if (d.is(Role.RANGE)) {
            return null;
        }
        TimeWord w = word(i + 1);
        if (w == null) {
            return null;
        }
        int n = d.number();
        switch (w.role()) {
            case UNIT:
                if (w.ending().plural() || w.count() != 1 || w.clockUnit() || (w.unit() == Granularity.DAY && n != 0)) {
                    return null;
                }
                return make(i, i + 2, TimeMatch.DATE, TimeResolver.shift(anchor, w.unit(), n));
            case MONTH:
                Tense side = n < 0 ? Tense.PAST : n > 0 ? Tense.FUTURE : Tense.UNKNOWN;
                return make(i, i + 2, TimeMatch.DATE, TimeResolver.month(anchor, w.number(), side, n != 0));
            case WEEKDAY:
                int end = dayWord(i + 2) ? i + 3 : i + 2;
                Tense t = n < 0 ? Tense.PAST : n > 0 ? Tense.FUTURE : tense(end);
                return compound(make(i, end, TimeMatch.DATE, TimeResolver.weekday(anchor, w.number(), t)));
            case SEASON:
                Integer y = TimeResolver.year(anchor, n);
                return make(i, i + 2, TimeMatch.DATE, y == null ? null : TimeResolver.four(y) + "-" + w.code());
            case PART_OF_DAY:
                if (n != 0) {
                    return null;
                }
                String v = TimeResolver.shift(anchor, Granularity.DAY, 0);
                return make(i, i + 2, TimeMatch.DATE, TimeResolver.isDay(v) ? v + "T" + w.code() : v);
            default:
                return null;
        }
    }

    /** {@code Pazartesi günü}, {@code Salı'ya}, {@code Çarşamba}: the nearest such day as the tense says. */
    private TimeMatch weekday(int i) {
        TimeWord w = word(i);
        if (w == null || !w.is(Role.WEEKDAY)) {
            return null;
        }
        boolean dayWord = w.bare() && dayWord(i + 1);
        String text = tokens.get(i).text();
        boolean apostrophe = TimeLexicon.apostrophe(text) >= 0;
        boolean capital = Character.isUpperCase(text.charAt(0));
        boolean cased = w.ending().grammaticalCase() != null && !w.ending().grammaticalCase().equals("Nom");
        if (!dayWord && (w.flagged() || !(apostrophe || capital || cased))) {
            return null;
        }
        int end = dayWord ? i + 2 : i + 1;
        return compound(make(i, end, TimeMatch.DATE, TimeResolver.weekday(anchor, w.number(), tense(end))));
    }

    // ---- durations and sets ---------------------------------------------------------------------------------

    /** {@code her yıl} → set P1Y, {@code her 2 yılda bir}, {@code her Pazartesi}, {@code her sabah}. */
    private TimeMatch every(int i) {
        TimeWord e = word(i);
        if (e == null || !e.is(Role.EVERY)) {
            return null;
        }
        Quantity q = Quantities.read(tokens, words, from, i + 1, to);
        int at = q == null ? i + 1 : q.end();
        TimeWord w = word(at);
        if (w == null) {
            return null;
        }
        switch (w.role()) {
            case UNIT:
                int end = at + 1;
                if (q != null && end < to && TurkishCase.lower(tokens.get(end).text()).equals("bir")) {
                    end++;                                          // "her 2 yılda bir"
                }
                return make(i, end, TimeMatch.SET, duration(q == null ? 1 : q.value(), w));
            case WEEKDAY:
                return q != null ? null : make(i, dayWord(at + 1) ? at + 2 : at + 1, TimeMatch.SET,
                        "XXXX-WXX-" + w.number());
            case PART_OF_DAY:
                return q != null ? null : make(i, at + 1, TimeMatch.SET, "XXXX-XX-XXT" + w.code());
            case MONTH:
                return q != null ? null : make(i, at + 1, TimeMatch.SET, "XXXX-" + TimeResolver.two(w.number()));
            default:
                return null;
        }
    }

    /**
     * A count and a unit: {@code 2 ay}, {@code 15 yıldır}, {@code iki haftadır}, {@code bir buçuk saat}; with
     * {@code önce}/{@code sonra} a date relative to the article ({@code 3 gün önce}), unless an ablative before
     * it names another anchor ({@code seçimden 2 gün önce}: a duration).
     */
    private TimeMatch counted(int i) {
        Quantity q = Quantities.read(tokens, words, from, i, to);
        if (q == null) {
            return null;
        }
        TimeWord u = word(q.end());
        if (u == null || !u.is(Role.UNIT)) {
            return null;
        }
        TimeWord dir = word(q.end() + 1);
        if (dir != null && dir.is(Role.DIRECTION) && u.bare()) {
            if (ablativeBefore(i)) {
                return make(i, q.end() + 1, TimeMatch.DURATION, duration(q.value(), u));
            }
            String v = q.whole() ? TimeResolver.shift(anchor, u.unit(),
                    (int) (dir.number() * q.value() * u.count())) : null;
            return make(i, q.end() + 2, TimeMatch.DATE, v);
        }
        if (u.unit() == Granularity.DAY && u.bare() && isWordBir(i) && q.end() == i + 1) {
            return null;                                    // "bir gün": "one day", "some day"
        }
        return make(i, q.end() + 1, TimeMatch.DURATION, duration(q.value(), u));
    }

    /** {@code yıllardır}, {@code aylardır}: a duration of an unstated count. */
    private TimeMatch vaguePlural(int i) {
        TimeWord u = word(i);
        if (u == null || !u.is(Role.UNIT) || !u.ending().plural() || !u.ending().continuing() || u.count() != 1) {
            return null;
        }
        return make(i, i + 1, TimeMatch.DURATION, duration(Double.NaN, u));
    }

    // ---- shared pieces --------------------------------------------------------------------------------------

    /** Extends a date by a following edge word ({@code Mart sonunda}, {@code bu hafta sonu} → {@code …-WE}). */
    private TimeMatch withEdge(TimeMatch m) {
        TimeWord e = word(m.endToken());
        if (!m.kind().equals(TimeMatch.DATE) || e == null || !e.is(Role.EDGE)) {
            return m;
        }
        String v = m.value();
        if (v != null && v.length() == 8 && v.charAt(5) == 'W' && e.code().equals("end")) {
            v = v + "-WE";
        }
        return make(m.firstToken(), m.endToken() + 1, m.kind(), v);
    }

    private TimeMatch withDayWord(TimeMatch m) {
        return dayWord(m.endToken()) ? compound(make(m.firstToken(), m.endToken() + 1, m.kind(), m.value())) : m;
    }

    private int withWeekday(int end) {
        TimeWord w = word(end);
        if (w != null && w.is(Role.WEEKDAY)) {
            return w.bare() && dayWord(end + 1) ? end + 2 : end + 1;
        }
        return end;
    }

    /** "günü", "gününe": the day word after a weekday or a date. */
    private boolean dayWord(int i) {
        TimeWord w = word(i);
        return w != null && w.is(Role.UNIT) && w.unit() == Granularity.DAY && w.possessiveLike();
    }

    /**
     * A phrase ending in the head of a compound ({@code Mart ayı}, {@code 2019 yılı}, {@code Pazartesi günü}):
     * its "-ı" is the possessive that belongs to the base form, not an accusative to strip.
     */
    private TimeMatch compound(TimeMatch m) {
        TimeWord w = word(m.endToken() - 1);
        if (w == null || w.ending() == null || !"Acc".equals(w.ending().grammaticalCase())) {
            return m;
        }
        return new TimeMatch(m.firstToken(), m.endToken(), m.start(), m.end(), m.end(), "Nom", m.kind(), m.value());
    }

    private boolean isWordBir(int i) {
        TimeWord w = word(i);
        return w != null && w.is(Role.NUMBER) && w.count() == 1 && w.code().equals("unit");
    }

    private boolean ablativeBefore(int i) {
        if (i - 1 < from) {
            return false;
        }
        Token t = tokens.get(i - 1);
        if (t.kind() != TokenKind.WORD && t.kind() != TokenKind.NUMBER) {
            return false;
        }
        String s = TurkishCase.lower(t.text());
        return s.length() > 3 && (s.endsWith("dan") || s.endsWith("den") || s.endsWith("tan") || s.endsWith("ten"));
    }

    /** The year written at token {@code i} (4 digits, 1000–2099, any suffix but a decade's), or −1. */
    private int yearAt(int i) {
        if (i >= to || tokens.get(i).kind() != TokenKind.NUMBER) {
            return -1;
        }
        String s = tokens.get(i).text();
        int apo = TimeLexicon.apostrophe(s);
        int n = apo < 0 ? s.length() : apo;
        if (n != 4 || !allDigits(s, 0, 4) || (apo > 0 && isDecadeSuffix(s, apo + 1))) {
            return -1;
        }
        int y = num(s, 0, 4);
        return y >= 1000 && y <= 2099 ? y : -1;
    }

    /**
     * Whether a four-digit number with no suffix stands for a year: a noun follows it ({@code 2019 seçimleri}),
     * not a unit, currency or number word, and it is not part of a longer number, range or amount.
     */
    private boolean bareYear(int i) {
        Token t = tokens.get(i);
        int y = num(t.text(), 0, 4);
        if (y < 1900 || !t.spaceAfter() || i + 1 >= to) {
            return false;
        }
        Token next = tokens.get(i + 1);
        TimeWord nw = word(i + 1);
        if (next.kind() != TokenKind.WORD || nw != null || amountFollows(i + 1)) {
            return false;
        }
        if (i - 1 >= from) {
            Token prev = tokens.get(i - 1);
            TimeWord pw = word(i - 1);
            String p = TurkishCase.lower(prev.text());
            if (prev.kind() == TokenKind.NUMBER || prev.kind() == TokenKind.SYMBOL || !prev.spaceAfter()
                    || p.equals("yüzde") || (pw != null && (pw.is(Role.NUMBER) || pw.is(Role.CURRENCY)))) {
                return false;
            }
        }
        return true;
    }

    /** "2000'i aşkın", "1950 kişi": the number is a count, not a year ({@code count-words.txt}). */
    private boolean amountFollows(int i) {
        return i < to && lexicon.isCountWord(tokens.get(i).text());
    }

    private static boolean isDecadeSuffix(String s, int k) {
        return k + 1 < s.length() && TurkishCase.lower(s.charAt(k)) == 'l' && Inflector.isVowel(s.charAt(k + 1))
                && !(s.startsWith("ık", k + 1) || s.startsWith("ik", k + 1) || s.startsWith("uk", k + 1)
                || s.startsWith("ük", k + 1));
    }

    private boolean isDash(int i) {
        Token t = tokens.get(i);
        return t.text().equals("-") && !t.spaceAfter();
    }

    private Tense tense(int end) {
        return TenseGuesser.guess(tokens, end, to);
    }

    private static String duration(double count, TimeWord unit) {
        return TimeResolver.duration(count * unit.count(), unit.code(), unit.clockUnit());
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean allDigits(String s, int a, int b) {
        if (a >= b) {
            return false;
        }
        for (int k = a; k < b; k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int a, int b) {
        if (b - a > 9 || !allDigits(s, a, b)) {
            return -1;
        }
        return Integer.parseInt(s, a, b, 10);
    }

    /** The match over tokens {@code [first, end)}, its base form ending where its last word's ending begins. */
    private TimeMatch make(int first, int end, String kind, String value) {
        Token a = tokens.get(first);
        Token last = tokens.get(end - 1);
        TimeWord w = word(end - 1);
        int baseEnd = last.end();
        String grammaticalCase = null;
        if (w != null && w.ending() != null) {
            baseEnd = last.start() + w.baseLength();
            grammaticalCase = w.ending().grammaticalCase();
        } else {
            int apo = TimeLexicon.apostrophe(last.text());
            if (apo > 0) {
                baseEnd = last.start() + apo;
                grammaticalCase = lexicon.apostropheEnding(last.text(), apo).grammaticalCase();
            }
        }
        return new TimeMatch(first, end, a.start(), last.end(), baseEnd, grammaticalCase, kind, value);
    }
}
