package dev.kulis.entities;

import dev.kulis.lexicon.DataLines;
import dev.kulis.model.Article;
import dev.kulis.model.Entity;
import dev.kulis.model.Mention;
import dev.kulis.model.Metadata;
import dev.kulis.model.Sentence;
import dev.kulis.model.Token;
import dev.kulis.ner.NerTagger;
import dev.kulis.pipeline.Annotator;
import dev.kulis.text.TurkishCase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The entity step ({@code "entities"}): tags each sentence, turns the tagged ranges ({@link NameRanges}) into
 * mentions with base
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
    private final OrganizationHeads organizationHeads = new OrganizationHeads();
    /** Last words of place names ({@code caddesi}, {@code sarayı}): the NER layer's list. */
    private final Set<String> placeHeads = DataLines.read(NerTagger.class, "loc-heads.txt").stream()
            .map(String::strip).collect(Collectors.toUnmodifiableSet());
    private final Set<String> honorifics = new HashSet<>(Lexicon.lines("honorifics.txt"));
    private final GroupMentions groupMentions = new GroupMentions();
    private final NameParticles particles = new NameParticles();
    private final NameRanges ranges = new NameRanges(particles);
    private final Surnames surnames = new Surnames(particles, honorifics);
    private final PlaceOffices placeOffices = new PlaceOffices(surnames);
    private final Demonyms demonyms = new Demonyms(surnames);
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
        this.typeVote = new TypeVote(aliases, organizationHeads, surnames);
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
        BaseForms bases = new BaseForms(tokens, key -> organizationHeads.isHead(key) || placeHeads.contains(key),
                tagger::stemEnd);
        List<List<String>> sentences = new ArrayList<>(article.sentences().size());
        for (Sentence s : article.sentences()) {
            List<String> forms = new ArrayList<>(s.tokenCount());
            for (int i = s.firstToken(); i < s.lastToken(); i++) {
                forms.add(tokens.get(i).text());
            }
            sentences.add(forms);
        }
        List<MentionTagger.Tagged> tagged = sentences.isEmpty() ? List.of() : tagger.tagWithConfidence(sentences);
        for (int si = 0; si < tagged.size(); si++) {
            Sentence s = article.sentences().get(si);
            MentionTagger.Tagged t = tagged.get(si);
            for (NameRanges.Range r : ranges.of(tokens, s.firstToken(), sentences.get(si), t.tags())) {
                Mention m = builder.build(text, tokens, s.firstToken() + r.from(), s.firstToken() + r.to(),
                        s.lastToken(), r.type(), confidence(t.confidence(), r), bases);
                if (m != null) {
                    mentions.add(m);
                    for (int k = s.firstToken() + r.from(); k < s.firstToken() + r.to(); k++) {
                        covered[k] = true;
                    }
                }
            }
        }
        mentions.addAll(organizationHeads.find(text, tokens, article.sentences(), covered, bases));
        mentions = placeOffices.retype(mentions, tokens);
        mentions = Municipalities.widen(text, mentions, tokens, bases);
        mentions.addAll(header(article));
        mentions.addAll(echoes(tokens, covered, mentions, bases));
        mentions.addAll(otherMentions.apply(article));
        mentions = demonyms.drop(typeVote.apply(mentions));
        List<Entity> entities = groupMentions.apply(grouper.group(mentions), tokens, text);
        return article.withEntities(entities);
    }

    /**
     * The tagger's confidence in the name a range was cut from (a range the entity layer trimmed keeps the
     * confidence of the tagged name it came from), rounded to two places.
     */
    private static double confidence(double[] byToken, NameRanges.Range r) {
        double c = 1;
        for (int k = r.from(); k < r.to(); k++) {
            if (byToken[k] > 0) {
                c = Math.min(c, byToken[k]);
            }
        }
        return Math.round(c * 100) / 100.0;
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
    private List<Mention> echoes(List<Token> tokens, boolean[] covered, List<Mention> found, BaseForms bases) {
        Set<String> surnames = this.surnames.of(found);
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (covered[i] || t.text().isEmpty() || !Character.isUpperCase(t.text().charAt(0))) {
                continue;
            }
            String base = bases.of(t);
            if (surnames.contains(Lexicon.key(base))) {
                out.add(new Mention(t.start(), t.end(), t.text(), base, EntityType.PERSON.name(),
                        BaseForms.caseOf(t, base), 0.7));
            }
        }
        return out;
    }
}
