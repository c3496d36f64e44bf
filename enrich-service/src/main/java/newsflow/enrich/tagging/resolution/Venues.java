package newsflow.enrich.tagging.resolution;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import newsflow.contract.EntityType;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Words;

/**
 * Places named for what they are: the statistical model often calls a stadium, an airport or a square an
 * organisation ("Ullevaal Stadion"), or even a person. A name the model found whose last word (or, for "Estadio
 * Azteca", first word) says it is a venue, a street or a natural feature is a LOCATION, as is one word that ends in
 * one ("RheinEnergieStadion", "Veltins-Arena"). Gazetteer matches keep their
 * type. A name that says it is a museum or a gallery is an organisation, as institutions are ("Uffizi Galleries",
 * "Museo di Capodimonte").
 */
final class Venues {

    private static final Set<String> LAST_WORDS = Set.of(
            "Stadium",
            "Stadion",
            "Stadio",
            "Stadiumi",
            "Arena",
            "Airport",
            "Park",
            "Square",
            "Bridge",
            "Station",
            "Harbour",
            "Harbor",
            "Street",
            "Avenue",
            "Boulevard",
            "Road",
            "Cathedral",
            "Island",
            "Islands",
            "Mountains",
            "Valley",
            "Beach",
            "River",
            "Bay",
            "Canal",
            "Gardens",
            "Velodrome",
            "Circuit",
            "Racecourse",
            "Ground",
            "Fjord",
            "Strait",
            "Peninsula",
            "Desert",
            "Sea",
            "Ocean",
            "Gulf",
            "Palace",
            "Castle",
            "Glacier",
            "Volcano",
            "Stage");
    private static final Set<String> FIRST_WORDS = Set.of(
            "Estadio", "Stadio", "Stade", "Lake", "Mount", "Loch", "Piazza", "Plaza", "Palazzo", "Ponte", "Mar", "Mer",
            "Río", "Rio");
    /** Museums and galleries are institutions: organisations, whatever the model makes of them. */
    private static final Set<String> INSTITUTION_LAST_WORDS =
            Set.of("Museum", "Gallery", "Galleries", "Galerie", "Atheneum", "Kunsthalle", "Library");

    private static final Set<String> INSTITUTION_FIRST_WORDS =
            Set.of("Museo", "Musée", "Museu", "Galleria", "Gallerie", "Museum");

    private Venues() {}

    static List<Span> retype(List<Span> spans) {
        return spans.stream().map(Venues::retype).toList();
    }

    private static Span retype(Span span) {
        if (span.known() != null) {
            return span;
        }
        if (span.type() != EntityType.ORGANIZATION && isInstitution(span.text())) {
            return new Span(
                    span.zone(),
                    span.start(),
                    span.end(),
                    span.text(),
                    EntityType.ORGANIZATION,
                    null,
                    span.form(),
                    span.tokens());
        }
        if (span.type() == EntityType.LOCATION || !isVenue(span.text())) {
            return span;
        }
        return new Span(
                span.zone(),
                span.start(),
                span.end(),
                span.text(),
                EntityType.LOCATION,
                null,
                span.form(),
                span.tokens());
    }

    /** Whether a name says it is a museum or a gallery: "Uffizi Galleries", "Museo di Capodimonte", "Rijksmuseum". */
    static boolean isInstitution(String name) {
        String[] words = Words.of(name);
        String last = words[words.length - 1];
        return words.length >= 2
                        && (INSTITUTION_LAST_WORDS.contains(last) || INSTITUTION_FIRST_WORDS.contains(words[0]))
                || words.length == 1 && last.length() > 8 && last.endsWith("museum");
    }

    static boolean isVenue(String name) {
        String[] words = Words.of(name);
        if (words.length == 1) {
            String word = words[0].toLowerCase(Locale.ROOT);
            return word.length() > 8
                    && (word.endsWith("stadion") || word.endsWith("stadium") || word.endsWith("arena"));
        }
        return LAST_WORDS.contains(words[words.length - 1]) || FIRST_WORDS.contains(words[0]);
    }
}
