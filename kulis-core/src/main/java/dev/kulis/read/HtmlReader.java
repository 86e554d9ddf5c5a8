package dev.kulis.read;

import dev.kulis.model.Article;
import dev.kulis.model.Metadata;
import dev.kulis.wire.WireParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;

/**
 * Reads the main text of an HTML article page with jsoup: the page's {@code article} (the one with most
 * text), else {@code [itemprop=articleBody]}, {@code main}, {@code [role=main]} or {@code body}; without
 * boilerplate (navigation, header, footer, aside, scripts, styles, forms, figures, share/comment/related
 * widgets; comments never reach the text). The headline is {@code og:title}, else the first {@code h1},
 * else {@code <title>}. The article's text is the headline, a blank line, then one block per paragraph,
 * heading or list item, blank-line separated; {@link WireParser} reads the rest (a wire header in the first
 * paragraph included). Published date and canonical URL come from the usual meta tags.
 *
 * <p>The caller bounds the page size before parsing; jsoup builds the tree without recursion, so deep
 * nesting costs time linear in the page size, and block extraction here is a single traversal.
 */
final class HtmlReader {
    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, input, select, textarea, object, embed, canvas, figure, dialog, menu";
    private static final Pattern WIDGET = Pattern.compile(
            "(?i).*(share|social|comment|related|advert|reklam|cookie|newsletter|breadcrumb|sidebar|popup|modal"
                    + "|paylas|yorum|ilgili|etiket|tags|navbar|menu|subscribe|promo).*");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "dd", "dt", "td", "th", "div", "section", "article", "main", "br", "tr", "table", "ul", "ol");
    private static final Set<String> KEEP = Set.of("html", "body", "main", "article");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");

    private final WireParser parser;
    private final int maxArticleChars;

    HtmlReader(WireParser parser, int maxArticleChars) {
        this.parser = parser;
        this.maxArticleChars = maxArticleChars;
    }

    Article article(String id, String html, String source) throws UnreadableException {
        Document doc = Jsoup.parse(html);
        String headline = headline(doc);
        String date = date(doc);
        String url = attr(doc, "link[rel=canonical]", "href");
        if (url == null) {
            url = attr(doc, "meta[property=og:url]", "content");
        }
        doc.select(BOILERPLATE).remove();
        for (Element e : doc.select("[class], [id]")) {
            if (e.parent() != null && (WIDGET.matcher(e.className()).matches() || WIDGET.matcher(e.id()).matches())
                    && !KEEP.contains(e.normalName()) && !e.hasAttr("itemprop")) {
                e.remove();
            }
        }
        List<String> blocks = blocks(root(doc));
        if (!blocks.isEmpty() && headline != null && blocks.get(0).equals(headline)) {
            blocks.remove(0);
        }
        if (blocks.isEmpty()) {
            throw new UnreadableException("no article text in the HTML page");
        }
        StringBuilder text = new StringBuilder();
        if (headline != null) {
            text.append(headline).append("\n\n");
        }
        text.append(String.join("\n\n", blocks));
        if (text.length() > maxArticleChars) {
            throw new UnreadableException("text too long (" + text.length() + " characters, limit " + maxArticleChars
                    + ")");
        }
        Metadata base = new Metadata(date, date == null ? null : "day", null, null, null, headline, null,
                List.of(), List.of(), null, null, url, source);
        return parser.parse(id, TextRepair.repair(text.toString(), "").text(), base);
    }

    private static Element root(Document doc) {
        Element best = null;
        int bestLength = -1;
        for (Element a : doc.select("article")) {
            int n = a.text().length();
            if (n > bestLength) {
                best = a;
                bestLength = n;
            }
        }
        if (best != null && bestLength > 0) {
            return best;
        }
        for (String q : new String[] {"[itemprop=articleBody]", "main", "[role=main]"}) {
            Element e = doc.selectFirst(q);
            if (e != null && !e.text().isBlank()) {
                return e;
            }
        }
        return doc.body();
    }

    /** The text of the root, one entry per block, in document order, each whitespace-normalised. */
    private static List<String> blocks(Element root) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    current.append(t.text());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(out, current);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(out, current);
                }
            }
        });
        flush(out, current);
        return out;
    }

    private static void flush(List<String> out, StringBuilder current) {
        String s = current.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        current.setLength(0);
    }

    private static String headline(Document doc) {
        String og = attr(doc, "meta[property=og:title]", "content");
        if (og != null) {
            return og;
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String title = doc.title().strip();
        return title.isEmpty() ? null : title;
    }

    private static String date(Document doc) {
        String[][] where = {
            {"meta[property=article:published_time]", "content"},
            {"meta[itemprop=datePublished]", "content"},
            {"meta[name=date]", "content"},
            {"time[datetime]", "datetime"},
        };
        for (String[] w : where) {
            String v = attr(doc, w[0], w[1]);
            if (v != null && ISO_DATE.matcher(v).matches()) {
                return v.substring(0, 10);
            }
        }
        return null;
    }

    private static String attr(Document doc, String query, String attribute) {
        Elements es = doc.select(query);
        for (Element e : es) {
            String v = e.attr(attribute).strip();
            if (!v.isEmpty()) {
                return v;
            }
        }
        return null;
    }
}
