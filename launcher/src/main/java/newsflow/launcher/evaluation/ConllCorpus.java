package newsflow.launcher.evaluation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A named-entity corpus in CoNLL format: one token a line with its tag in a column (the last by default), a blank
 * line after each sentence, {@code -DOCSTART-} lines between documents, {@code #} lines as comments. A file without
 * {@code -DOCSTART-} lines has one document a sentence.
 */
final class ConllCorpus {

    private static final String DOCSTART = "-DOCSTART-";

    /** One sentence: its tokens and their tags, as in the file. */
    record Sentence(List<String> tokens, List<String> tags) {

        Sentence {
            tokens = List.copyOf(tokens);
            tags = List.copyOf(tags);
        }
    }

    /** One document: its sentences in order. */
    record Document(int number, List<Sentence> sentences) {

        Document {
            sentences = List.copyOf(sentences);
        }

        int tokens() {
            return sentences.stream()
                    .mapToInt(sentence -> sentence.tokens().size())
                    .sum();
        }
    }

    private ConllCorpus() {}

    /**
     * Reads the documents of a file.
     *
     * @param tokenColumn 1-based column of the token, or counted from the end when negative (-1 the last)
     * @param tagColumn   the column of the tag, likewise
     * @throws IllegalArgumentException when a line has too few columns, naming the line
     */
    static List<Document> read(Path file, int tokenColumn, int tagColumn) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var parser = new Parser(tokenColumn, tagColumn);
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                parser.line(line, ++number, file);
            }
            return parser.finish();
        }
    }

    /** Reads the documents of a text, as {@link #read(Path, int, int)} a file's. */
    static List<Document> parse(String text, int tokenColumn, int tagColumn) {
        var parser = new Parser(tokenColumn, tagColumn);
        int number = 0;
        for (String line : text.split("\n", -1)) {
            parser.line(line, ++number, Path.of("<text>"));
        }
        return parser.finish();
    }

    private static final class Parser {

        private final int tokenColumn;
        private final int tagColumn;
        private final List<List<Sentence>> documents = new ArrayList<>();
        private List<Sentence> document;
        private List<String> tokens = new ArrayList<>();
        private List<String> tags = new ArrayList<>();
        private boolean sawDocstart;

        Parser(int tokenColumn, int tagColumn) {
            this.tokenColumn = tokenColumn;
            this.tagColumn = tagColumn;
        }

        void line(String line, int number, Path file) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                endSentence();
                return;
            }
            if (stripped.startsWith("#") && (stripped.length() == 1 || Character.isWhitespace(stripped.charAt(1)))) {
                return; // a comment: "# sent_id = 1", GermEval's "#\thttp://..."
            }
            String[] columns = stripped.split("\\s+");
            if (columns[0].equals(DOCSTART)) {
                endSentence();
                sawDocstart = true;
                document = new ArrayList<>();
                documents.add(document);
                return;
            }
            tokens.add(column(columns, tokenColumn, number, file));
            tags.add(column(columns, tagColumn, number, file));
        }

        private static String column(String[] columns, int column, int number, Path file) {
            int index = column > 0 ? column - 1 : columns.length + column;
            if (index < 0 || index >= columns.length) {
                throw new IllegalArgumentException(file + " line " + number + " has " + columns.length
                        + " columns, not enough for column " + column);
            }
            return columns[index];
        }

        private void endSentence() {
            if (tokens.isEmpty()) {
                return;
            }
            var sentence = new Sentence(tokens, tags);
            tokens = new ArrayList<>();
            tags = new ArrayList<>();
            if (document == null) {
                document = new ArrayList<>();
                documents.add(document);
            }
            document.add(sentence);
            if (!sawDocstart) {
                document = null;
            }
        }

        List<Document> finish() {
            endSentence();
            List<Document> result = new ArrayList<>();
            for (List<Sentence> sentences : documents) {
                if (!sentences.isEmpty()) {
                    result.add(new Document(result.size() + 1, sentences));
                }
            }
            return result;
        }
    }
}
