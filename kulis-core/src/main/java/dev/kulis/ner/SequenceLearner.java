package dev.kulis.ner;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** Learns a {@link LinearModel} from feature keys and gold label sequences. */
interface SequenceLearner {
    /**
     * @param dev scores a model on development data (higher is better); the best epoch's model is returned,
     *            or the last epoch's when {@code dev} is null
     */
    LinearModel train(List<long[][]> keys, List<int[]> labels, int epochs, ToDoubleFunction<LinearModel> dev);

    int bestEpoch();

    double bestScore();
}
