package dev.kulis.ner;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Learns a {@link LinearModel} from feature keys and gold label sequences, keeping the best epoch on dev. */
abstract class SequenceLearner {
    /** The epoch and dev score of the model the last {@link #train} returned (-1: no dev scoring). */
    protected int bestEpoch;
    protected double bestScore;

    /**
     * @param dev scores a model on development data (higher is better); the best epoch's model is returned,
     *            or the last epoch's when {@code dev} is null
     */
    abstract LinearModel train(List<long[][]> keys, List<int[]> labels, int epochs, ToDoubleFunction<LinearModel> dev);

    final int bestEpoch() {
        return bestEpoch;
    }

    final double bestScore() {
        return bestScore;
    }
}
