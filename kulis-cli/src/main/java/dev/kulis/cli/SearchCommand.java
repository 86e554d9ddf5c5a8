package dev.kulis.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kulis.store.LuceneArchive;
import dev.kulis.store.search.FacetCount;
import dev.kulis.store.search.QuoteHit;
import dev.kulis.store.search.QuoteRequest;
import dev.kulis.store.search.QuoteResult;
import dev.kulis.store.search.SearchHit;
import dev.kulis.store.search.SearchRequest;
import dev.kulis.store.search.SearchResult;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kulis search}: query the archive from the command line. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the archive: Turkish-aware (suffixes, lemmas, letters typed without Turkish "
                + "characters), \"…\" for phrases, all words required; a blank query lists the newest articles.",
                "Prints headline, id, date and a snippet per hit, then the top facet values; --json prints the "
                        + "search result as the HTTP API does."})
public final class SearchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "query words (joined by spaces)")
    List<String> query = List.of();

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "kulis-data",
            description = "archive folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "hits per page (default: 10)")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "hits to skip")
    int offset;

    @Option(names = "--facet", paramLabel = "NAME=VALUE",
            description = "filter, repeatable (person, organization, place, office, party, speaker, city, agency, "
                    + "category, month): values of one facet are OR-ed, facets AND-ed")
    List<String> facets = List.of();

    @Option(names = "--from", paramLabel = "DATE", description = "first date (2019, 2019-01 or 2019-01-15)")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "last date, inclusive")
    String to;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Option(names = "--quotes", description = "search statements instead of articles (QUERY: words of the quote)")
    boolean quotes;

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "statements by this speaker, any form (Davutoğlu, davutoglu, Ahmet Davutoğlu); implies "
                    + "--quotes")
    String speaker;

    @Override
    public Integer call() throws Exception {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String f : facets) {
            int eq = f.indexOf('=');
            if (eq <= 0) {
                System.err.println("kulis search: --facet wants NAME=VALUE: " + f);
                return 2;
            }
            filters.computeIfAbsent(f.substring(0, eq).strip(), k -> new ArrayList<>()).add(f.substring(eq + 1));
        }
        boolean statements = quotes || speaker != null;
        String words = String.join(" ", query);
        Object result;
        try (LuceneArchive archive = LuceneArchive.openReadOnly(data)) {
            result = statements ? archive.quotes(new QuoteRequest(speaker, words, limit, offset))
                    : archive.search(new SearchRequest(words, filters, from, to, limit, offset));
        } catch (IllegalArgumentException e) {
            System.err.println("kulis search: " + e.getMessage());
            return 2;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            out.println(new ObjectMapper().writeValueAsString(result));
        } else if (result instanceof QuoteResult r) {
            printStatements(out, r);
        } else {
            printArticles(out, (SearchResult) result);
        }
        return 0;
    }

    private void printArticles(PrintStream out, SearchResult r) {
        out.printf("%,d article(s)%n", r.total());
        int n = offset;
        for (SearchHit h : r.hits()) {
            out.printf("%n%d. %s%n   %s  %s%s%n   %s%n", ++n, h.headline(), h.id(), h.date() == null ? "" : h.date(),
                    h.agency() == null ? "" : "  " + h.agency(), terminalSnippet(h.snippet()));
        }
        out.println();
        r.facets().forEach((dim, values) -> {
            if (!values.isEmpty()) {
                StringBuilder b = new StringBuilder(dim).append(": ");
                for (FacetCount fc : values) {
                    b.append(fc.value()).append(" (").append(fc.count()).append("), ");
                }
                out.println(b.substring(0, b.length() - 2));
            }
        });
    }

    private static void printStatements(PrintStream out, QuoteResult r) {
        out.printf("%,d statement(s)%n", r.total());
        for (QuoteHit q : r.hits()) {
            out.printf("%n%s (%s%s): \u201c%s\u201d%n   %s  %s%n", q.speaker() == null ? "?" : q.speaker().name(),
                    q.kind(), q.cue() == null ? "" : ", " + q.cue(), q.text(), q.article(),
                    q.date() == null ? "" : q.date());
        }
    }

    /** The snippet for a terminal: marks as brackets, HTML entities back to characters. */
    static String terminalSnippet(String html) {
        return html.replace("<mark>", "[").replace("</mark>", "]").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#39;", "'").replace("&#x2F;", "/")
                .replace("&amp;", "&").replace('\n', ' ');
    }
}
