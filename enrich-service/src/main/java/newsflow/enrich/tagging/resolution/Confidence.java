package newsflow.enrich.tagging.resolution;

import java.util.List;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.enrich.tagging.mentions.Span;

/**
 * How sure the tagger is of an entity, from 0 to 1. A gazetteer match is near certain (a demonym or handle a
 * little less); a name only the statistical model found earns confidence with each further mention, and a
 * person's full name more than a lone word.
 */
final class Confidence {

    private Confidence() {}

    static double of(List<Span> spans) {
        boolean known = spans.stream().anyMatch(span -> span.known() != null);
        if (known) {
            boolean byName = spans.stream()
                    .anyMatch(span -> span.known() != null
                            && (span.form() == MentionForm.NAME
                                    || span.form() == MentionForm.ALIAS
                                    || span.form() == MentionForm.ACRONYM));
            return byName ? 0.95 : 0.9;
        }
        double confidence = 0.6 + 0.1 * Math.min(spans.size(), 3);
        boolean fullName = spans.stream().anyMatch(span -> span.type() == EntityType.PERSON && span.tokens() >= 2);
        return Salience.round(Math.min(0.95, confidence + (fullName ? 0.05 : 0)));
    }
}
