package newsflow.enrich.tagging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import newsflow.contract.EntityType;

/** Gives each surface form the model found one type across the article: the type it was given most often. */
final class SurfaceTypes {

    private SurfaceTypes() {
    }

    static List<Span> harmonise(List<Span> spans) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (Span span : spans) {
            if (span.known() == null) {
                votes.computeIfAbsent(span.text(), text -> new HashMap<>()).merge(span.type(), 1, Integer::sum);
            }
        }
        return spans.stream().map(span -> {
            if (span.known() != null) {
                return span;
            }
            EntityType winner = winner(votes.get(span.text()), span.type());
            return winner == span.type() ? span : new Span(span.zone(), span.start(), span.end(), span.text(), winner,
                    null, span.form(), span.tokens());
        }).toList();
    }

    /** The most voted type; on a tie, the first type in the enum order (PERSON before ORGANIZATION ...). */
    private static EntityType winner(Map<EntityType, Integer> votes, EntityType fallback) {
        EntityType best = fallback;
        int bestVotes = votes.getOrDefault(fallback, 0);
        for (EntityType type : EntityType.values()) {
            int count = votes.getOrDefault(type, 0);
            if (count > bestVotes) {
                best = type;
                bestVotes = count;
            }
        }
        return best;
    }
}
