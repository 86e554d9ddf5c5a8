package dev.kulis.morph;

import MorphologicalAnalysis.FsmMorphologicalAnalyzer;
import MorphologicalAnalysis.FsmParse;
import MorphologicalAnalysis.FsmParseList;
import java.util.ArrayList;
import java.util.List;

/**
 * The Starlang finite-state analyser behind a narrow interface. Built without Starlang's own LRU cache (which is
 * not thread-safe): without it, analysis only reads the lexicon trie and the automaton, so one instance serves
 * all threads; {@link Morphology} caches in front of it.
 */
final class StarlangAnalyzer {
    private final FsmMorphologicalAnalyzer fsm;

    StarlangAnalyzer() {
        this.fsm = new FsmMorphologicalAnalyzer(0);
    }

    /** The readings of {@code word} exactly as written (Starlang needs proper nouns capitalised). */
    List<Reading> readings(String word) {
        FsmParseList list;
        try {
            list = fsm.morphologicalAnalysis(word);
        } catch (RuntimeException e) {
            return List.of(); // the analyser trips over some odd strings; they are simply unknown
        }
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
}
