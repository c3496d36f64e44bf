package newsflow.enrich.evaluation;

import java.util.EnumMap;
import java.util.Map;
import newsflow.contract.EntityType;

/** True positives, false positives and false negatives per entity type, with precision, recall and F1. */
final class Counts {

    private final Map<EntityType, int[]> byType = new EnumMap<>(EntityType.class);

    void truePositive(EntityType type) {
        counts(type)[0]++;
    }

    void falsePositive(EntityType type) {
        counts(type)[1]++;
    }

    void falseNegative(EntityType type) {
        counts(type)[2]++;
    }

    /** Precision, recall and F1 of one type, or of all types together (micro-averaged) when {@code type} is null. */
    Score score(EntityType type) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (var entry : byType.entrySet()) {
            if (type == null || entry.getKey() == type) {
                tp += entry.getValue()[0];
                fp += entry.getValue()[1];
                fn += entry.getValue()[2];
            }
        }
        return new Score(tp, fp, fn);
    }

    private int[] counts(EntityType type) {
        return byType.computeIfAbsent(type, key -> new int[3]);
    }

    /** The scores of a set of counts. */
    record Score(int truePositives, int falsePositives, int falseNegatives) {

        double precision() {
            int predicted = truePositives + falsePositives;
            return predicted == 0 ? 0 : truePositives / (double) predicted;
        }

        double recall() {
            int gold = truePositives + falseNegatives;
            return gold == 0 ? 0 : truePositives / (double) gold;
        }

        double f1() {
            double sum = precision() + recall();
            return sum == 0 ? 0 : 2 * precision() * recall() / sum;
        }

        int gold() {
            return truePositives + falseNegatives;
        }
    }
}
