package dev.kulis.entities;

import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.Mention;
import dev.kulis.model.Metadata;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.pipeline.Annotator;
import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The entity step ({@code "entities"}): tags each sentence, turns the tagged ranges into mentions with base
 * forms, adds the byline's reporter and the dateline's city (the header is not tokenized), finds the surnames
 * of known people again where the tagger missed them (ALL-CAPS subheadings: {@code SOYER:}), adds the rule-based
 * mentions of other finders (dates, money, percentages), retypes a one-word "person" before a place's office
 * ({@code Dağkent Valisi}) as the place, gives one name one type within the article ({@link TypeVote}), drops
 * nationality words ({@link Demonyms}), and groups all mentions into entities.
 */
public final class EntityAnnotator implements Annotator {
    private final MentionTagger tagger;
    private final Function<Article, List<Mention>> otherMentions;
    private final Titles titles = new Titles();
    private final MentionBuilder builder = new MentionBuilder(titles);
    /**
     * Lower-case words that join two people rather than belong to one name: a tagger that runs a person over
     * {@code Soyer de Kocaoğlu'na} is cut there. ({@code de Gaulle}-style particles are rare in Turkish news;
     * the clitic {@code de/da} after a name is frequent.)
     */
    private static final Set<String> CONNECTORS = Set.of("de", "da", "ve", "ile", "ise", "veya", "ya");

    /**
     * The end of a person's range run on over a hyphenated syllable written without spaces ({@code Ban Ki-Mun},
     * {@code Kim Jong-un}): a part of at most three letters on either side of the hyphen is a syllable of one
     * name, not a second name ({@code Erdoğan-Obama görüşmesi} stays two people).
     */
    private static int syllableEnd(List<Token> tokens, int base, int end, int limit) {
        int dash = base + end, last = dash - 1;
        if (dash + 1 >= limit || !"-".equals(tokens.get(dash).text())
                || tokens.get(last).end() != tokens.get(dash).start()
                || tokens.get(dash).end() != tokens.get(dash + 1).start()) {
            return end;
        }
        String left = tokens.get(last).text(), right = tokens.get(dash + 1).text();
        boolean letters = right.chars().allMatch(Character::isLetter) && !right.isEmpty();
        return letters && (left.length() <= 3 || right.length() <= 3) ? end + 2 : end;
    }

    /**
     * A one-word given name hyphenated without spaces to a tagged name of two or more words is one person
     * ({@code Frank-Walter Steinmeier}, {@code Jean-Claude Juncker}); a hyphen between two one-word names joins two
     * people ({@code Erdoğan-Obama görüşmesi}), and so does one before a group noun ({@code Rafet-Nurgül Kaya çifti}).
     */
    private static int hyphenatedGivenName(List<Token> tokens, List<String> tags, int base, int from, int end) {
        int dash = end, right = end + 1;
        if (end - from != 1 || right + 1 >= tags.size() || !"-".equals(tokens.get(base + dash).text())
                || tokens.get(base + from).end() != tokens.get(base + dash).start()
                || tokens.get(base + dash).end() != tokens.get(base + right).start()
                || !tags.get(right).endsWith("-PER") || !"I-PER".equals(tags.get(right + 1))) {
            return end;
        }
        int k = right + 1;
        while (k < tags.size() && "I-PER".equals(tags.get(k))) {
            k++;
        }
        if (k < tags.size()) {
            String next = Lexicon.key(tokens.get(base + k).text());
            for (String g : GROUP_NOUNS) {
                if (next.startsWith(g)) {
                    return end; // Rafet-Nurgül Kaya çifti: two people who share the surname
                }
            }
        }
        return k;
    }

    private static final List<String> GROUP_NOUNS = Lexicon.lines("group-nouns.txt");

    /** Clitics and question particles: never a name, nor inside one in an ALL-CAPS heading. */
    private static final Set<String> CLITICS = Set.of("de", "da", "ki", "mi", "mı", "mu", "mü");

    private static String forms(List<List<String>> sentences, int sentence, int token) {
        return sentences.get(sentence).get(token);
    }

    /** Case suffixes after an apostrophe that end a name ({@code Fas'ın Kazablanka} is two names). */
    private static final Set<String> CASE_SUFFIXES = new HashSet<>(Lexicon.lines("name-case-suffixes.txt"));

    private static boolean endsInCase(String token) {
        int ap = Math.max(token.lastIndexOf('\''), token.lastIndexOf('’'));
        return ap > 0 && ap < token.length() - 1 && CASE_SUFFIXES.contains(TurkishCase.lower(token.substring(ap + 1)));
    }

    private final OrganizationHeads organizationHeads = new OrganizationHeads();
    private final Set<String> honorifics = new HashSet<>(Lexicon.lines("honorifics.txt"));
    private final GroupMentions groupMentions = new GroupMentions();
    private final NameParticles particles = new NameParticles();
    private final PlaceOffices placeOffices = new PlaceOffices(particles);
    private final Demonyms demonyms = new Demonyms(particles);
    private final EntityGrouper grouper;
    private final TypeVote typeVote;

    /**
     * @param tagger        the PER/ORG/LOC sequence tagger
     * @param otherMentions rule-based finders of further mentions (DATE, MONEY, …); may return an empty list
     */
    public EntityAnnotator(MentionTagger tagger, Function<Article, List<Mention>> otherMentions) {
        this.tagger = tagger;
        this.otherMentions = otherMentions;
        OrganizationAliases aliases = new OrganizationAliases();
        this.grouper = new EntityGrouper(aliases, honorifics, particles);
        this.typeVote = new TypeVote(aliases, particles);
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Article annotate(Article article) {
        String text = article.text();
        List<Token> tokens = article.tokens();
        List<Mention> mentions = new ArrayList<>();
        boolean[] covered = new boolean[tokens.size()];
        boolean apostrophes = MentionBuilder.marksSuffixes(tokens);
        List<List<String>> sentences = new ArrayList<>(article.sentences().size());
        for (Sentence s : article.sentences()) {
            List<String> forms = new ArrayList<>(s.tokenCount());
            for (int i = s.firstToken(); i < s.lastToken(); i++) {
                forms.add(tokens.get(i).text());
            }
            sentences.add(forms);
        }
        List<List<String>> tagged = sentences.isEmpty() ? List.of() : tagger.tag(sentences);
        for (int si = 0; si < tagged.size(); si++) {
            Sentence s = article.sentences().get(si);
            List<String> tags = tagged.get(si);
            for (int i = 0; i < tags.size(); ) {
                String tag = tags.get(i);
                EntityType type = tag.length() > 2 && tag.charAt(1) == '-' ? EntityType.ofTag(tag.substring(2)) : null;
                if (type == null) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < tags.size() && tags.get(j).equals("I-" + tag.substring(2))
                        && !(type == EntityType.PERSON && CONNECTORS.contains(forms(sentences, si, j)))
                        && !endsInCase(forms(sentences, si, j - 1))) {
                    j++;
                }
                if (CLITICS.contains(TurkishCase.lower(forms(sentences, si, i)))) {
                    i = j; // a range the tagger opened on a clitic (DE GÖRÜŞTÜK in a heading) names nothing
                    continue;
                }
                for (int k = i + 1; k < j; k++) {
                    String f = forms(sentences, si, k);
                    if (CLITICS.contains(TurkishCase.lower(f)) && TurkishCase.isAllCaps(f)) {
                        j = k; // ERBİL'LE DE GÖRÜŞTÜK: the name ends before the clitic
                        break;
                    }
                }
                int from = i;
                if (type == EntityType.PERSON) {
                    List<String> f = sentences.get(si);
                    from = particles.start(f, i);
                    j = particles.extend(f, from, j);
                    j = hyphenatedGivenName(tokens, tags, s.firstToken(), from, j);
                    j = syllableEnd(tokens, s.firstToken(), j, s.lastToken());
                }
                Mention m = builder.build(text, tokens, s.firstToken() + from, s.firstToken() + j, s.lastToken(),
                        type, 0.9, apostrophes);
                if (m != null) {
                    mentions.add(m);
                    for (int k = s.firstToken() + from; k < s.firstToken() + j; k++) {
                        covered[k] = true;
                    }
                }
                i = j;
                while (i < tags.size() && tags.get(i).startsWith("I-")
                        && CONNECTORS.contains(forms(sentences, si, i))) { // the connector; the next name starts anew
                    i++;
                }
            }
        }
        mentions.addAll(organizationHeads.find(text, tokens, article.sentences(), covered, apostrophes));
        mentions = placeOffices.retype(mentions, tokens);
        mentions = Municipalities.widen(text, mentions, tokens, apostrophes);
        mentions.addAll(header(article));
        mentions.addAll(echoes(tokens, covered, mentions, apostrophes));
        mentions.addAll(otherMentions.apply(article));
        mentions = demonyms.drop(typeVote.apply(mentions));
        List<Entity> entities = groupMentions.apply(grouper.group(mentions), tokens, text);
        return article.withEntities(entities);
    }

    /** The reporter of the byline and the dateline city, found in the header lines before the first paragraph. */
    private static List<Mention> header(Article a) {
        Metadata md = a.metadata();
        int headerEnd = a.paragraphs().isEmpty() ? 0 : a.paragraphs().get(0).start();
        String head = TurkishCase.lower(a.text().substring(0, headerEnd));
        List<Mention> out = new ArrayList<>();
        if (md.byline() != null) {
            find(a.text(), head, md.byline(), EntityType.PERSON, out);
        }
        if (md.city() != null) {
            find(a.text(), head, md.city(), EntityType.LOCATION, out);
        }
        return out;
    }

    private static void find(String text, String headLower, String name, EntityType type, List<Mention> out) {
        int at = headLower.indexOf(TurkishCase.lower(name));
        if (at >= 0) {
            String surface = text.substring(at, at + name.length());
            out.add(new Mention(at, at + name.length(), surface, surface, type.name(), "Nom", 0.95));
        }
    }

    /**
     * Capitalised tokens the tagger left out that are the surname of a person named in full elsewhere in the
     * article ({@code SOYER} in a subheading, {@code Kocaoğlu} at the start of a sentence).
     */
    private List<Mention> echoes(List<Token> tokens, boolean[] covered, List<Mention> found, boolean apostrophes) {
        Set<String> surnames = new HashSet<>();
        for (Mention m : found) {
            String[] words = m.base().split("\\s+");
            if (m.type().equals(EntityType.PERSON.name()) && words.length >= 2
                    && !honorifics.contains(Lexicon.key(words[words.length - 1]))) {
                surnames.add(Lexicon.key(words[words.length - 1]));
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (covered[i] || t.text().isEmpty() || !Character.isUpperCase(t.text().charAt(0))) {
                continue;
            }
            String base = MentionBuilder.baseOf(t, apostrophes);
            if (surnames.contains(Lexicon.key(base))) {
                out.add(new Mention(t.start(), t.end(), t.text(), base, EntityType.PERSON.name(),
                        t.morph() == null ? null : t.morph().grammaticalCase(), 0.7));
            }
        }
        return out;
    }
}
