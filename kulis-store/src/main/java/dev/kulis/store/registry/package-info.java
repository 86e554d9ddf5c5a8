/**
 * The cross-article entity registry: one archive-wide id for each person, organisation and place, whatever
 * form an article names it by.
 *
 * <p><b>Ids.</b> The type's prefix and the name folded to ASCII words ({@link dev.kulis.store.registry.NameForms}:
 * Turkish lower case, apostrophe suffix and courtesy words dropped): {@code per:ahmet-davutoglu}, {@code loc:izmir}.
 * An organisation of the entity layer's alias lexicon ({@code organization-aliases.txt}, read from its resources)
 * takes its longest name, {@code CHP} → {@code org:cumhuriyet-halk-partisi}; others merge through the aliases an
 * article gave them ({@code KTSO} = {@code Kuzey Tekstil Sanayicileri Odası}). A full name's id is a function of
 * the name, so it does not depend on the order articles arrive in.
 *
 * <p><b>Short forms.</b> A bare surname, a first name ({@code Kerem bey}) or a partial name ({@code Tayyip
 * Erdoğan}) joins a known full name only on evidence from its own article
 * ({@link dev.kulis.store.registry.ShortFormMatcher}): the same office (possessive aside: {@code Kars Valisi} =
 * {@code Kars Valisi'nin}) or party in the roles, or at least two co-mentioned entities the candidate is often
 * named with (rare ones, or frequent ones far above chance: Suriye with Esad, not Türkiye with anyone). A
 * candidate must lead clearly, and a form that is also the name of a known place or organisation
 * ({@code Washington}, {@code Bingöl} tagged as a person) needs a role; otherwise the form keeps an id of its own
 * ({@code per:davutoglu}). A partial name beside its longer form in one article joins it. Full-name
 * people keep a bounded profile for this: up to 6 offices, 6 parties or organisations, 16 co-mentions.
 *
 * <p><b>State.</b> {@link dev.kulis.store.registry.RegistryState} under one read-write lock; a gzip'd binary
 * snapshot ({@link dev.kulis.store.registry.Snapshot}) or re-learning stored ids rebuilds it exactly.
 */
package dev.kulis.store.registry;
