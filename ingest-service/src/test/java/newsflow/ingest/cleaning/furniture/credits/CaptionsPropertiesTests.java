package newsflow.ingest.cleaning.furniture.credits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The cheap look for captions' labels never misses what a search of the whole line would find. */
class CaptionsPropertiesTests {

    /** How captions' labels were found before: a search of the whole line. */
    private static final Pattern CAPTION_SEARCH =
            Pattern.compile("(?i)(\\((photo|photos|image|picture|foto|illustration|credit|video)s?\\s*:)"
                    + "|^(photo|image|picture|caption|illustration)\\s*:");

    @Property(tries = 1000)
    void findsACaptionLabelWhereverASearchOfTheWholeLineFindsOne(@ForAll("captionLikeLines") String line) {
        assertThat(Captions.hasCaptionLabel(line))
                .as(line)
                .isEqualTo(CAPTION_SEARCH.matcher(line).find());
    }

    @Provide
    Arbitrary<String> captionLikeLines() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of(
                        "Photo:",
                        "(photo:",
                        "(Photos :",
                        "IMAGE:",
                        "(credit:",
                        "Caption :",
                        "(video:",
                        "picture",
                        "(",
                        ":",
                        "((",
                        "(Illustration:",
                        "foto:",
                        "Lagos"),
                Arbitraries.strings().withChars("abcdefghiopstuvwxyzPIC (:").ofMaxLength(10));
        return word.list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .map(words -> String.join(" ", words))
                .filter(line -> line.indexOf(':') >= 0);
    }
}
