package newsflow.enrich.tagging.resolution;

import java.util.List;
import java.util.Map;
import newsflow.contract.Mention;
import newsflow.contract.ZoneName;

/**
 * How central an entity is to its article, from 0 to 1: each mention counts, those in the headline and standfirst
 * most, those early in the body more than late ones. Half of the score is relative to the article's most central
 * entity, half absolute, so an article's top entity is near 1 and a single passing mention stays low.
 */
final class Salience {

    private static final Map<ZoneName, Double> ZONE_WEIGHT = Map.of(
            ZoneName.HEADLINE, 3.0,
            ZoneName.STANDFIRST, 2.0,
            ZoneName.BODY, 1.0,
            ZoneName.CAPTION, 0.5,
            ZoneName.BOILERPLATE, 0.0);

    private Salience() {}

    /** The raw score of one entity's mentions; {@code zoneLengths} gives each zone's text length. */
    static double score(List<Mention> mentions, Map<ZoneName, Integer> zoneLengths) {
        double score = 0;
        for (Mention mention : mentions) {
            double weight = ZONE_WEIGHT.get(mention.zone());
            if (mention.zone() == ZoneName.BODY) {
                double position = mention.start() / (double) Math.max(1, zoneLengths.getOrDefault(ZoneName.BODY, 1));
                weight += 0.5 * (1 - position);
            }
            score += weight;
        }
        return score;
    }

    /** The salience of a score, given the article's highest score. */
    static double of(double score, double highestScore) {
        double relative = highestScore <= 0 ? 0 : score / highestScore;
        double absolute = 1 - Math.exp(-score / 4);
        return round(0.5 * relative + 0.5 * absolute);
    }

    static double round(double value) {
        return Math.round(Math.max(0, Math.min(1, value)) * 1000) / 1000.0;
    }
}
