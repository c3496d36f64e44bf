package newsflow.index.stories;

import static newsflow.index.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;
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
        var article = article("demo-1")
                .title("A headline of well over eight words that a copy would change")
                .body("Dozens of diplomats left the room as the foreign minister spoke by video link.")
                .boilerplate("Subscribe to our newsletter for the best stories of the day every morning.")
                .build();

        assertThat(StorySentences.of(article))
                .containsExactlyElementsOf(sentences("The minister blamed EU states for blocking his flight. "
                        + "Dozens of diplomats left the room as the foreign minister spoke by video link."));
    }
}
