package newsflow.enrich.tagging.mentions.sport;

import java.util.ArrayList;
import java.util.List;

/**
 * The names a Finnish town's genitive may be of: "Oulun" of "Oulu", "Tampereen" of "Tampere", "Seinäjoen" of
 * "Seinäjoki", "Helsingin" of "Helsinki". Finnish clubs are named by their town in the genitive ("Oulun Kärpät").
 */
final class FinnishGenitives {

    /** The shortest genitive read: a town of three letters and its "n" ("Ylön" is too short for a town here). */
    private static final int MIN_LENGTH = 5;

    private FinnishGenitives() {}

    /** The nominatives the word may be the genitive of; none where it does not end in "n". */
    static List<String> stems(String word) {
        List<String> stems = new ArrayList<>();
        if (word.length() < MIN_LENGTH || !word.endsWith("n")) {
            return stems;
        }
        String stem = word.substring(0, word.length() - 1);
        stems.add(stem); // Oulun, Porin, Vaasan
        if (stem.endsWith("e")) {
            String root = stem.substring(0, stem.length() - 1);
            stems.add(root); // Tampereen
            stems.add(root + "ki"); // Seinäjoen
        }
        if (stem.endsWith("ngi")) {
            stems.add(stem.substring(0, stem.length() - 3) + "nki"); // Helsingin
        }
        return stems;
    }
}
