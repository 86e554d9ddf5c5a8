package dev.kulis.morph;

import Dictionary.Trie.Trie;
import Dictionary.Trie.TrieNode;
import Dictionary.TxtWord;
import Dictionary.Word;
import MorphologicalAnalysis.FsmMorphologicalAnalyzer;
import MorphologicalAnalysis.FsmParse;
import MorphologicalAnalysis.FsmParseList;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The Starlang finite-state analyser behind a narrow interface, made a pure function of its input.
 *
 * <p>Built without Starlang's own LRU cache (not thread-safe); {@link Morphology} caches in front of it. Plain words
 * only read the lexicon trie and the automaton. But Starlang <em>writes</em> when a word with an apostrophe (or a
 * letter + period) has no analysis as it stands: it adds the part before the apostrophe to its trie as a proper
 * noun ({@code Kardashian'ın} adds {@code kardashian}), or flags an existing lexicon word as proper ({@code Bakan'ın}
 * makes {@code bakan} a proper noun for good), and retries. Left alone, that makes every later analysis depend on
 * what was read before (after {@code Bakan'ın}, {@code Bakanın} gains a proper reading), grows the trie without
 * bound in a long run, and races with readers on other threads. So such calls take a write lock and undo
 * Starlang's change to the trie and the flags before returning; all other calls share a read lock.
 */
final class StarlangAnalyzer {
    private static final Locale TR = Locale.forLanguageTag("tr");
    private static final String[] UNDONE_FLAGS = {"IS_OA", "IS_KIS"};

    private final FsmMorphologicalAnalyzer fsm;
    private final TrieNode trieRoot;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final LongAdder calls = new LongAdder();

    StarlangAnalyzer() {
        this.fsm = new FsmMorphologicalAnalyzer(0);
        this.trieRoot = trieRoot(fsm);
        fsm.morphologicalAnalysis("kitaplar"); // fills Starlang's (unsynchronised) map of compiled patterns once
    }

    private static TrieNode trieRoot(FsmMorphologicalAnalyzer fsm) {
        try {
            Field t = FsmMorphologicalAnalyzer.class.getDeclaredField("dictionaryTrie");
            t.setAccessible(true);
            Field r = Trie.class.getDeclaredField("rootNode");
            r.setAccessible(true);
            return (TrieNode) r.get(t.get(fsm));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null; // another Starlang version: calls that write stay serialised but are not undone
        }
    }

    /** Number of analyser calls so far (for monitoring). */
    long calls() {
        return calls.sum();
    }

    /** The readings of {@code word} exactly as written (Starlang needs proper nouns capitalised). */
    List<Reading> readings(String word) {
        calls.increment();
        FsmParseList list = writes(word) ? analyseAndUndo(word) : analyseShared(word);
        List<Reading> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            FsmParse p = list.getFsmParse(i);
            String upos;
            try {
                upos = p.getUniversalDependencyPos();
            } catch (RuntimeException e) {
                upos = "X";
            }
            out.add(Reading.of(p.toString(), upos == null ? "X" : upos));
        }
        return out;
    }

    /** Whether Starlang may change its lexicon while analysing {@code word}. */
    private static boolean writes(String word) {
        return word.indexOf('\'') >= 0 || word.length() == 2 && word.charAt(1) == '.';
    }

    private FsmParseList analyseShared(String word) {
        lock.readLock().lock();
        try {
            return analyse(word);
        } finally {
            lock.readLock().unlock();
        }
    }

    private FsmParseList analyseAndUndo(String word) {
        lock.writeLock().lock();
        try {
            if (trieRoot == null) {
                return analyse(word);
            }
            int ap = word.indexOf('\'');
            String stem = ap >= 0 ? word.substring(0, ap) : word;
            List<String> keys = List.of(stem, stem.toLowerCase(TR), word.toLowerCase(TR));
            List<Set<Word>> before = new ArrayList<>(keys.size());
            List<IdentityHashMap<TxtWord, boolean[]>> flags = new ArrayList<>(keys.size());
            for (String k : keys) {
                TrieNode n = node(k);
                Set<Word> ws = n == null || n.getWords() == null ? Set.of() : identitySet(n.getWords());
                before.add(ws);
                IdentityHashMap<TxtWord, boolean[]> f = new IdentityHashMap<>();
                for (Word w : ws) { // a lexicon word is in the trie under its own name, so this covers it
                    if (w instanceof TxtWord t) {
                        boolean[] had = new boolean[UNDONE_FLAGS.length];
                        for (int i = 0; i < had.length; i++) {
                            had[i] = t.containsFlag(UNDONE_FLAGS[i]);
                        }
                        f.put(t, had);
                    }
                }
                flags.add(f);
            }
            try {
                return analyse(word);
            } finally {
                for (int i = 0; i < keys.size(); i++) {
                    TrieNode n = node(keys.get(i));
                    if (n != null && n.getWords() != null) {
                        Set<Word> was = before.get(i);
                        n.getWords().removeIf(w -> !was.contains(w));
                    }
                    for (var e : flags.get(i).entrySet()) {
                        for (int f = 0; f < UNDONE_FLAGS.length; f++) {
                            if (!e.getValue()[f]) {
                                e.getKey().removeFlag(UNDONE_FLAGS[f]);
                            }
                        }
                    }
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static Set<Word> identitySet(Set<Word> ws) {
        Set<Word> s = Collections.newSetFromMap(new IdentityHashMap<>());
        s.addAll(ws);
        return s;
    }

    private TrieNode node(String key) {
        TrieNode n = trieRoot;
        for (int i = 0; i < key.length() && n != null; i++) {
            n = n.getChild(key.charAt(i));
        }
        return n;
    }

    private FsmParseList analyse(String word) {
        if (word.indexOf('+') >= 0) {
            // Starlang reads '+' as its tag separator and prints to standard output, which carries Kulis's output
            return new FsmParseList(new ArrayList<>());
        }
        try {
            return fsm.morphologicalAnalysis(word);
        } catch (RuntimeException e) {
            return new FsmParseList(new ArrayList<>()); // the analyser trips over some odd strings; they are simply unknown
        }
    }
}
