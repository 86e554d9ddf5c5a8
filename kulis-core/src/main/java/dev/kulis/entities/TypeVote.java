package dev.kulis.entities;

import dev.kulis.model.Mention;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One name, one type within an article. The tagger reads each sentence's context, so the same company or city
 * may come out as an organisation in one sentence and a place or person in another ({@code Halkbank'ın} /
 * {@code Halkbank'tan}); such splits make two entities of one. Two rules, applied to PER/ORG/LOC mentions:
 * <ol>
 * <li>an ALL-CAPS abbreviation that the alias lexicon expands to a name ending in an organisation head
 * ({@code BDP} = {@code … Partisi}) is an organisation;</li>
 * <li>mentions of the same name take the type of the clear majority (at least two mentions and twice any
 * other type) when that type is an organisation or a place. A person is never imposed this way: a place or
 * company named like a person is read by its own context ({@code Fatih'te}), and ties stay as tagged;</li>
 * <li>a one-word "place" that is the surname of a person named in full in the article ({@code Sierra} after
 * {@code Steven Sierra}) is that person, unless any of its mentions is in a case places take (locative,
 * ablative, dative: {@code Konya'da}). Organisations are left alone: companies bear their founders' names.</li>
 * </ol>
 */
final class TypeVote {
    private static final Set<String> NAMED = Set.of(EntityType.PERSON.name(), EntityType.ORGANIZATION.name(),
            EntityType.LOCATION.name());
    private final OrganizationAliases aliases;
    private final OrganizationHeads heads;

    private static final Set<String> PLACE_CASES = Set.of("Loc", "Abl", "Dat");
    private final Surnames surnames;

    TypeVote(OrganizationAliases aliases, OrganizationHeads heads, Surnames surnames) {
        this.aliases = aliases;
        this.heads = heads;
        this.surnames = surnames;
    }

    List<Mention> apply(List<Mention> mentions) {
        List<Mention> fixed = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            fixed.add(NAMED.contains(m.type()) && organisationAbbreviation(m.base())
                    ? retype(m, EntityType.ORGANIZATION) : m);
        }
        Map<String, Map<EntityType, Integer>> counts = new HashMap<>();
        for (Mention m : fixed) {
            if (NAMED.contains(m.type())) {
                counts.computeIfAbsent(Lexicon.key(m.base()), k -> new EnumMap<>(EntityType.class))
                        .merge(EntityType.valueOf(m.type()), 1, Integer::sum);
            }
        }
        List<Mention> out = new ArrayList<>(fixed.size());
        for (Mention m : fixed) {
            EntityType major = NAMED.contains(m.type()) ? majority(counts.get(Lexicon.key(m.base()))) : null;
            out.add(major != null && !major.name().equals(m.type()) ? retype(m, major) : m);
        }
        return surnames(out);
    }

    private List<Mention> surnames(List<Mention> mentions) {
        Set<String> surnames = this.surnames.of(mentions);
        Map<String, Boolean> placeCase = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type().equals(EntityType.LOCATION.name()) && !m.base().contains(" ")) {
                placeCase.merge(Lexicon.key(m.base()), m.grammaticalCase() != null && PLACE_CASES.contains(m.grammaticalCase()),
                        Boolean::logicalOr);
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String key = Lexicon.key(m.base());
            boolean person = m.type().equals(EntityType.LOCATION.name()) && surnames.contains(key)
                    && Boolean.FALSE.equals(placeCase.get(key));
            out.add(person ? retype(m, EntityType.PERSON) : m);
        }
        return out;
    }

    private static EntityType majority(Map<EntityType, Integer> c) {
        if (c.size() < 2) {
            return null;
        }
        EntityType top = null;
        for (Map.Entry<EntityType, Integer> e : c.entrySet()) {
            if (top == null || e.getValue() > c.get(top)) {
                top = e.getKey();
            }
        }
        if (top == EntityType.PERSON || c.get(top) < 2) {
            return null;
        }
        for (Map.Entry<EntityType, Integer> e : c.entrySet()) {
            if (e.getKey() != top && 2 * e.getValue() > c.get(top)) {
                return null;
            }
        }
        return top;
    }

    private boolean organisationAbbreviation(String base) {
        if (base.length() < 2 || base.length() > 6 || !base.chars().allMatch(Character::isUpperCase)) {
            return false;
        }
        for (String name : aliases.names(base)) {
            String[] words = Lexicon.key(name).split("\\s+");
            if (words.length > 1 && heads.isHead(words[words.length - 1])) {
                return true;
            }
        }
        return false;
    }

    private static Mention retype(Mention m, EntityType type) {
        return new Mention(m.start(), m.end(), m.text(), m.base(), type.name(), m.grammaticalCase(), m.confidence());
    }
}
