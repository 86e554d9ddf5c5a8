package dev.kulis.wire;

import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.model.Paragraph;
import dev.kulis.model.ParagraphKind;
import dev.kulis.text.TurkishCase;
import dev.kulis.wire.TextBlocks.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the layout of a news text: the wire header (date line, byline with city and agency), headline,
 * lead, body paragraphs, ALL-CAPS subheadings, photo captions and trailing media markers.
 *
 * <p>Two layouts are recognised. The <b>wire</b> layout starts with a header, possibly after a headline line:
 * {@code date 2019-01 Umut KARAKOYUN/İZMİR, () - CHP'nin …} or {@code 26.11.2019} then
 * {@code ANKARA (AA) - …}; the lead is the text after the byline's dash, on the same line or the next.
 * The <b>plain</b> layout (no header) has the headline on line 1 and the lead on line 2; a long first
 * line is taken as the lead, without a headline.
 *
 * <p>Contract: never throws on any text; offsets are Java {@code String} indices into {@code text}, end
 * exclusive; blocks are reported in text order as {@link Paragraph}s of kind HEADLINE, LEAD, BODY,
 * SUBHEADING or CAPTION (the header and media markers are not blocks). Fields of {@code base} that are set
 * (for example a date from a JSON record) win over what the text says; the rest is filled from the text.
 * Thread-safe.
 */
public final class WireParser {
    private static final int MAX_HEADLINE = 200;
    private static final int MAX_SUBHEADING = 160;

    private final WireLexicon lexicon;
    private final DateLine dates;
    private final Byline bylines;
    private final MediaMarker markers;

    public WireParser() {
        this(WireLexicon.standard());
    }

    public WireParser(WireLexicon lexicon) {
        this.lexicon = lexicon;
        this.dates = new DateLine(lexicon);
        this.bylines = new Byline(lexicon);
        this.markers = new MediaMarker(lexicon);
    }

    /** Reads the layout and header of {@code text}; {@code base} may be null. */
    public Article parse(String id, String text, Metadata base) {
        List<Block> blocks = TextBlocks.of(text);
        Header header = null;
        int headline = -1;
        if (!blocks.isEmpty()) {
            header = header(text, blocks, 0);
            if (header == null && blocks.size() > 2) {
                header = header(text, blocks, 1);
                if (header != null) {
                    headline = 0;
                }
            }
        }
        int next;
        int leadFrom = -1;
        if (header == null) {
            next = 0;
        } else {
            next = header.block();
            if (header.pos() < blocks.get(next).end()) {
                leadFrom = header.pos(); // the lead shares the header's line
            } else {
                next++;
            }
        }
        if (headline < 0 && leadFrom < 0 && (header == null || header.byline() == null)
                && looksLikeHeadline(text, blocks, next)) {
            headline = next++;
        }

        List<Paragraph> paragraphs = new ArrayList<>();
        List<String> subheadings = new ArrayList<>();
        List<String> media = new ArrayList<>();
        String marker = null;
        String lead = null;
        String signOff = null;
        if (headline >= 0) {
            Block h = blocks.get(headline);
            paragraphs.add(new Paragraph(h.start(), h.end(), ParagraphKind.HEADLINE));
        }
        if (leadFrom >= 0) {
            Block b = blocks.get(next);
            paragraphs.add(new Paragraph(leadFrom, b.end(), ParagraphKind.LEAD));
            lead = text.substring(leadFrom, b.end());
            next++;
        }
        for (int k = next; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            String s = b.in(text);
            Optional<List<String>> types = markers.of(s);
            if (types.isPresent()) {
                for (String t : types.get()) {
                    if (!media.contains(t)) {
                        media.add(t);
                    }
                }
                marker = marker == null ? s : marker;
                continue;
            }
            Optional<String> agency = signOff(s);
            if (agency.isPresent()) {
                signOff = agency.get();
                continue;
            }
            ParagraphKind kind;
            if (lexicon.captionPrefix(s) >= 0) {
                kind = ParagraphKind.CAPTION;
            } else if (isSubheading(s)) {
                kind = ParagraphKind.SUBHEADING;
                subheadings.add(s);
            } else if (lead == null) {
                kind = ParagraphKind.LEAD;
                lead = s;
            } else {
                kind = ParagraphKind.BODY;
            }
            paragraphs.add(new Paragraph(b.start(), b.end(), kind));
        }

        WireDate date = header == null ? null : header.date();
        WireByline by = header == null ? null : header.byline();
        String agency = by != null && by.agency() != null ? by.agency() : signOff;
        Metadata parsed = new Metadata(
                date == null ? null : date.iso(),
                date == null ? null : date.precision(),
                by == null ? null : by.reporter(),
                by == null ? null : by.city(),
                agency,
                headline < 0 ? null : blocks.get(headline).in(text),
                lead,
                subheadings,
                media,
                marker,
                null, null, null);
        return Article.read(id, text, merge(base, parsed), paragraphs);
    }

    /** The header starting at block {@code i}: a date, a byline, or a date then a byline. */
    private Header header(String text, List<Block> blocks, int i) {
        Block b = blocks.get(i);
        Optional<WireDate> date = dates.at(text, b.start(), b.end());
        int bi = i;
        int pos = b.start();
        if (date.isPresent()) {
            if (date.get().end() >= b.end()) {
                if (bi + 1 >= blocks.size()) {
                    return new Header(date.get(), null, b.end(), bi);
                }
                bi++;
                pos = blocks.get(bi).start();
            } else {
                pos = date.get().end();
            }
        }
        Block lineOfByline = blocks.get(bi);
        Optional<WireByline> by = bylines.at(text, pos, lineOfByline.end());
        if (by.isPresent()) {
            int end = Math.min(by.get().end(), lineOfByline.end());
            return new Header(date.orElse(null), by.get(), end, bi);
        }
        if (date.isEmpty()) {
            return null;
        }
        if (bi > i) {
            return new Header(date.get(), null, b.end(), i); // a line holding only a date
        }
        // "26 Kasım 2019 günü …" is a sentence, not a header; "date 2019-01 …" is always a header
        return date.get().keyword() ? new Header(date.get(), null, pos, i) : null;
    }

    private boolean looksLikeHeadline(String text, List<Block> blocks, int k) {
        if (k + 1 >= blocks.size()) {
            return false;
        }
        Block b = blocks.get(k);
        String s = b.in(text);
        return s.length() <= MAX_HEADLINE && !s.endsWith(":") && markers.of(s).isEmpty()
                && lexicon.captionPrefix(s) < 0;
    }

    private boolean isSubheading(String s) {
        if (s.length() > MAX_SUBHEADING || !TurkishCase.isAllCaps(s)) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetter(s.charAt(i))) {
                letters++;
            }
        }
        return letters >= 3;
    }

    /** A line holding only an agency, as some copy ends: {@code (AA)}, {@code DHA}, {@code (CİHAN)}. */
    private Optional<String> signOff(String s) {
        if (s.length() < 2 || s.length() > 40) {
            return Optional.empty();
        }
        String inner = s.charAt(0) == '(' && s.charAt(s.length() - 1) == ')' ? s.substring(1, s.length() - 1) : s;
        return lexicon.agency(inner);
    }

    private static Metadata merge(Metadata base, Metadata parsed) {
        if (base == null) {
            return parsed;
        }
        return new Metadata(
                or(base.date(), parsed.date()),
                base.date() != null ? base.datePrecision() : parsed.datePrecision(),
                or(base.byline(), parsed.byline()),
                or(base.city(), parsed.city()),
                or(base.agency(), parsed.agency()),
                or(base.headline(), parsed.headline()),
                or(base.lead(), parsed.lead()),
                base.subheadings().isEmpty() ? parsed.subheadings() : base.subheadings(),
                base.media().isEmpty() ? parsed.media() : base.media(),
                or(base.mediaMarker(), parsed.mediaMarker()),
                base.category(), base.url(), base.source());
    }

    private static String or(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    /** Where the header ends: the lead starts at {@code pos} in block {@code block}, or after it. */
    private record Header(WireDate date, WireByline byline, int pos, int block) {
    }
}
