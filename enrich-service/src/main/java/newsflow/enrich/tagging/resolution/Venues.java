package newsflow.enrich.tagging.resolution;

import java.util.List;
import java.util.Set;
import newsflow.contract.EntityType;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Words;

/**
 * Places named for what they are: the statistical model often calls a stadium, an airport or a square an
 * organisation ("Ullevaal Stadion"), or even a person. A name the model found whose last word (or, for "Estadio
 * Azteca", first word) says it is a venue, a street or a natural feature is a LOCATION. Gazetteer matches keep their
 * type.
 */
final class Venues {

    private static final Set<String> LAST_WORDS = Set.of("Stadium", "Stadion", "Stadio", "Stadiumi", "Arena",
            "Airport", "Park", "Square", "Bridge", "Station", "Harbour", "Harbor", "Street", "Avenue", "Boulevard",
            "Road", "Cathedral", "Island", "Islands", "Mountains", "Valley", "Beach", "River", "Bay", "Canal",
            "Gardens", "Velodrome", "Circuit", "Racecourse", "Ground", "Fjord", "Strait", "Peninsula", "Desert");
    private static final Set<String> FIRST_WORDS = Set.of("Estadio", "Stade", "Lake", "Mount", "Loch", "Piazza",
            "Plaza");

    private Venues() {
    }

    static List<Span> retype(List<Span> spans) {
        return spans.stream().map(Venues::retype).toList();
    }

    private static Span retype(Span span) {
        if (span.known() != null || span.type() == EntityType.LOCATION || !isVenue(span.text())) {
            return span;
        }
        return new Span(span.zone(), span.start(), span.end(), span.text(), EntityType.LOCATION, null, span.form(),
                span.tokens());
    }

    static boolean isVenue(String name) {
        String[] words = Words.of(name);
        return words.length >= 2 && (LAST_WORDS.contains(words[words.length - 1]) || FIRST_WORDS.contains(words[0]));
    }
}
