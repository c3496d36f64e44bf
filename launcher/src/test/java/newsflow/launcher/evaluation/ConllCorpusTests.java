package newsflow.launcher.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConllCorpusTests {

    @Test
    void splitsDocumentsAtDocstartAndSentencesAtBlankLines() {
        List<ConllCorpus.Document> documents = ConllCorpus.parse("""
                -DOCSTART- -X- -X- O

                EU NNP B-NP B-ORG
                rejects VBZ B-VP O

                Peter NNP B-NP B-PER
                -DOCSTART- -X- -X- O

                Bonn NNP B-NP B-LOC
                """, 1, -1);

        assertThat(documents).hasSize(2);
        assertThat(documents.get(0).sentences())
                .extracting(ConllCorpus.Sentence::tokens)
                .containsExactly(List.of("EU", "rejects"), List.of("Peter"));
        assertThat(documents.get(0).sentences().get(0).tags()).containsExactly("B-ORG", "O");
        assertThat(documents.get(1).number()).isEqualTo(2);
        assertThat(documents.get(1).tokens()).isEqualTo(1);
    }

    @Test
    void makesEachSentenceADocumentWhenThereIsNoDocstartAndSkipsComments() {
        List<ConllCorpus.Document> documents = ConllCorpus.parse("""
                # sent_id = 1
                1\tWien\tB-LOC\tO

                2\tOlaf\tB-PER\tO
                3\tScholz\tI-PER\tO
                """, 2, 3);

        assertThat(documents).hasSize(2);
        assertThat(documents.get(1).sentences().get(0).tokens()).containsExactly("Olaf", "Scholz");
        assertThat(documents.get(1).sentences().get(0).tags()).containsExactly("B-PER", "I-PER");
    }

    @Test
    void namesTheLineThatHasTooFewColumns() {
        assertThatThrownBy(() -> ConllCorpus.parse("Bonn B-LOC\nKöln\n", 1, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2");
    }
}
