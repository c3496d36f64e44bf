package newsflow.launcher.evaluation;

import java.util.Set;

/** Finds the named entities of a CoNLL document, as chunks of its tokens typed PER, ORG or LOC. */
interface DocumentTagger {

    /**
     * What was found in one document.
     *
     * @param chunks         the chunks found, on the file's token boundaries
     * @param misaligned     chunks found that begin or end inside a token: counted as found, never as correct
     * @param insideTokens   mentions found inside a single token ("Tripoli" in "Tripoli-based"), not scored
     * @param unalignedLines lines of the cleaned article that could not be traced to the file
     * @param refusal        why ingest refused the document, or null
     */
    record Found(Set<Chunk> chunks, Set<Chunk> misaligned, int insideTokens, int unalignedLines, String refusal) {

        public Found {
            chunks = Set.copyOf(chunks);
            misaligned = Set.copyOf(misaligned);
        }
    }

    Found tag(ConllCorpus.Document document);

    /** What is scored, for the report's first line. */
    String description();
}
