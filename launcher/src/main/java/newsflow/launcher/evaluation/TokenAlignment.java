package newsflow.launcher.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;

/**
 * Where each line of the cleaned article's zones came from in the CoNLL document: the sentence whose line contains
 * it, searched after the sentence the previous line came from, then from the start (the cleaner keeps the order of
 * lines within a zone but not across zones). Cleaning may trim a line (a leading bullet) but does not rewrite its
 * words; a line it changed otherwise is not aligned, and its mentions are not scored, which the command reports.
 */
final class TokenAlignment {

    /** What follows a name inside its last token when CoNLL's token goes on past it: "-based", "-born". */
    private static final Pattern SUFFIX = Pattern.compile("\\p{Ll}+");

    /** A zone line's place: the sentence, and the offset in the sentence's line where the zone line begins. */
    private record Place(int sentence, int offset) {}

    /** A zone line: its zone, where it starts in the zone's text, and its length. */
    private record ZoneLine(ZoneName zone, int start, int length) {}

    private final DocumentText document;
    private final Map<ZoneName, List<ZoneLine>> zoneLines = new HashMap<>();
    private final Map<ZoneLine, Place> places = new HashMap<>();
    private int unaligned;

    TokenAlignment(DocumentText document, List<Zone> zones) {
        this.document = document;
        boolean[] taken = new boolean[document.sentences()];
        int next = 0;
        for (Zone zone : zones) {
            if (zoneLines.containsKey(zone.name())) {
                continue; // mentions point into the first zone of each name, as the tagger reads them
            }
            List<ZoneLine> lines = new ArrayList<>();
            int start = 0;
            for (String line : zone.text().split("\n", -1)) {
                var zoneLine = new ZoneLine(zone.name(), start, line.length());
                lines.add(zoneLine);
                if (!line.isBlank()) {
                    Optional<Place> place = find(line, next, taken);
                    if (place.isPresent()) {
                        places.put(zoneLine, place.get());
                        taken[place.get().sentence()] = true;
                        next = place.get().sentence() + 1;
                    } else {
                        unaligned++;
                    }
                }
                start += line.length() + 1;
            }
            zoneLines.put(zone.name(), lines);
        }
    }

    /** How many non-blank zone lines could not be found in the document. */
    int unaligned() {
        return unaligned;
    }

    /** How a mention lines up with the file's tokens. */
    enum Fit {
        /** It begins at a token's start and ends at a token's end. */
        EXACT,
        /**
         * It is a part of one token, as "Tripoli" of "Tripoli-based", or ends where a hyphen and small letters end its
         * last token, as "New York" of "New York-based": CoNLL's tokens cannot name it.
         */
        INSIDE_A_TOKEN,
        /** It spans several tokens but begins or ends inside one. */
        MISALIGNED
    }

    /** A mention as a chunk of tokens: the tokens it touches, even in part, and how well it fits them. */
    record Mapped(Chunk chunk, Fit fit) {}

    /** The tokens a mention covers, as a chunk of the given type; empty when its line could not be aligned. */
    Optional<Mapped> chunk(ZoneName zone, int start, int end, String type) {
        for (ZoneLine line : zoneLines.getOrDefault(zone, List.of())) {
            if (start >= line.start() && end <= line.start() + line.length()) {
                Place place = places.get(line);
                if (place == null) {
                    return Optional.empty();
                }
                int from = place.offset() + start - line.start();
                int to = place.offset() + end - line.start();
                int first = document.tokenAt(place.sentence(), from);
                int last = document.tokenAt(place.sentence(), to - 1);
                boolean whole = document.tokenStart(place.sentence(), first) == from
                        && document.tokenEnd(place.sentence(), last) == to;
                Fit fit = whole
                        ? Fit.EXACT
                        : first == last || beforeSuffix(place.sentence(), from, last, to)
                                ? Fit.INSIDE_A_TOKEN
                                : Fit.MISALIGNED;
                return Optional.of(new Mapped(new Chunk(place.sentence(), first, last + 1, type), fit));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a mention that begins at a token's start ends where its last token goes on with a hyphen and small
     * letters only ("York-based", "Kong-listed").
     */
    private boolean beforeSuffix(int sentence, int from, int last, int to) {
        String line = document.line(sentence);
        return document.tokenStart(sentence, document.tokenAt(sentence, from)) == from
                && line.charAt(to) == '-'
                && SUFFIX.matcher(line.substring(to + 1, document.tokenEnd(sentence, last)))
                        .matches();
    }

    private Optional<Place> find(String zoneLine, int from, boolean[] taken) {
        String wanted = zoneLine.strip();
        int leading = zoneLine.indexOf(wanted);
        for (int pass = 0; pass < 2; pass++) {
            int first = pass == 0 ? from : 0;
            int last = pass == 0 ? document.sentences() : Math.min(from, document.sentences());
            for (int sentence = first; sentence < last; sentence++) {
                int at = taken[sentence] ? -1 : document.line(sentence).indexOf(wanted);
                if (at >= 0) {
                    return Optional.of(new Place(sentence, at - leading));
                }
            }
        }
        return Optional.empty();
    }
}
