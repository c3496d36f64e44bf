package newsflow.enrich.tagging.mentions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import newsflow.contract.EntityType;
import newsflow.enrich.tagging.gazetteer.Gazetteer;

/**
 * A name the model finds written in capitals in a sentence that is not ("SYDNEY - The Sydney Harbour Bridge
 * reopened", "talks with OPEC LEADERS"): the gazetteers, which match as written, miss it, so it would get an id of
 * its own spelling ({@code location:sydney} beside {@code location:sydney-au}). Such a name is looked up as names in
 * capitals are, and where the gazetteers know it as an entity of the model's kind (a place for a place), that entity
 * becomes a candidate beside the model's, as a match of the gazetteers would be, for the usual choice between them.
 */
public final class CapitalNames {

    private CapitalNames() {}

    public static List<Span> resolve(List<Span> candidates, Gazetteer gazetteer, String language) {
        List<Span> all = new ArrayList<>(candidates);
        for (Span span : candidates) {
            known(span, gazetteer, language)
                    .filter(known ->
                            candidates.stream().noneMatch(other -> other.known() != null && other.overlaps(known)))
                    .ifPresent(all::add);
        }
        return all;
    }

    private static Optional<Span> known(Span span, Gazetteer gazetteer, String language) {
        if (span.known() != null || !inCapitals(span.text())) {
            return Optional.empty();
        }
        return gazetteer
                .lookupCapitals(span.text(), language)
                .filter(entry -> compatible(span.type(), entry.type()))
                .map(entry -> new Span(
                        span.zone(),
                        span.start(),
                        span.end(),
                        span.text(),
                        entry.type(),
                        entry,
                        entry.form(),
                        span.tokens()));
    }

    /** Two letters or more, none of them lower case. */
    static boolean inCapitals(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static boolean compatible(EntityType model, EntityType known) {
        return model == known || (isPlace(model) && isPlace(known));
    }

    private static boolean isPlace(EntityType type) {
        return type == EntityType.LOCATION || type == EntityType.COUNTRY;
    }
}
