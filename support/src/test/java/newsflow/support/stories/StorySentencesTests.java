package newsflow.support.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.Provenance;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import org.junit.jupiter.api.Test;

class StorySentencesTests {

    private static Set<Long> sentences(String text) {
        Set<Long> hashes = new LinkedHashSet<>();
        StorySentences.addSentences(text, hashes);
        return hashes;
    }

    @Test
    void hashesEachSentenceOfEightWordsOrMoreAndLeavesShortOnesOut() {
        assertThat(sentences("The ministers met in Brussels on Tuesday to agree the quotas. Talks ended. "
                        + "Green groups said the deal left the cod stocks of the North Sea at risk!"))
                .hasSize(2);
    }

    @Test
    void readsTheSameSentenceAlikeWhateverItsCaseSpacingAndPunctuation() {
        assertThat(sentences("The ministers met in Brussels on Tuesday, to agree the quotas."))
                .isEqualTo(sentences("the  ministers met in Brussels on Tuesday to agree the quotas\n"));
    }

    @Test
    void tellsSentencesThatDifferInOneWordApart() {
        assertThat(sentences("The ministers met in Brussels on Tuesday to agree the quotas."))
                .doesNotContainAnyElementsOf(
                        sentences("The ministers met in Luxembourg on Tuesday to agree the quotas."));
    }

    @Test
    void takesTheTextButNeitherTheHeadlineNorTheBoilerplate() {
        var article = article(List.of(
                new Zone(ZoneName.HEADLINE, "A headline of well over eight words that a copy would change"),
                new Zone(ZoneName.STANDFIRST, "The minister blamed EU states for blocking his flight."),
                new Zone(
                        ZoneName.BODY,
                        "Dozens of diplomats left the room as the foreign minister spoke by video link."),
                new Zone(
                        ZoneName.BOILERPLATE,
                        "Subscribe to our newsletter for the best stories of the day every morning.")));

        assertThat(StorySentences.of(article))
                .containsExactlyElementsOf(sentences("The minister blamed EU states for blocking his flight. "
                        + "Dozens of diplomats left the room as the foreign minister spoke by video link."));
    }

    @Test
    void keepsTheFirstSixtyFourSentencesOfALongArticle() {
        String body = IntStream.range(0, 100)
                .mapToObj(n -> "Paragraph number " + n + " of the long report adds yet another detail.")
                .collect(Collectors.joining("\n"));

        assertThat(StorySentences.of(article(List.of(new Zone(ZoneName.BODY, body)))))
                .hasSize(StorySentences.MAX_SENTENCES);
    }

    static ArticleEnriched article(List<Zone> zones) {
        Instant now = Instant.parse("2026-03-02T12:00:00Z");
        return new ArticleEnriched(
                "demo-1",
                1,
                1,
                "demo",
                "demo-1-src",
                null,
                null,
                "A headline",
                now,
                "en",
                "a".repeat(64),
                "0123456789abcdef",
                zones,
                List.of(),
                new Provenance("test", "1", List.of(), "1", List.of()),
                now,
                now);
    }
}
