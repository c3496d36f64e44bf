package newsflow.launcher.evaluation;

import java.util.ArrayList;
import java.util.List;
import newsflow.launcher.cli.Arguments;

/**
 * The arguments of {@code evaluate FILE [--language CODE] [--threads N] [--bare-crf MODEL] [--errors]
 * [--token-column N] [--tag-column N]}.
 *
 * @param file        the CoNLL file
 * @param language    the documents' language, or null to detect it per document as ingest does
 * @param threads     documents tagged at once
 * @param bareCrf     a CRF model to score alone instead of newsflow's tagger, or null
 * @param errors      whether to print every error after the scores
 * @param tokenColumn the column of the token, 1-based, negative from the end
 * @param tagColumn   the column of the tag, likewise
 */
record EvaluateOptions(
        String file, String language, int threads, String bareCrf, boolean errors, int tokenColumn, int tagColumn) {

    /**
     * @throws IllegalArgumentException when the arguments are not valid, with a message for the user
     */
    static EvaluateOptions parse(String[] args) {
        List<String> files = new ArrayList<>();
        String language = null;
        int threads = Runtime.getRuntime().availableProcessors();
        String bareCrf = null;
        boolean errors = false;
        int tokenColumn = 1;
        int tagColumn = -1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--language" -> language = language(Arguments.value(args, ++i, "--language"));
                case "--threads" ->
                    threads = Arguments.number(Arguments.value(args, ++i, "--threads"), "--threads", 1, 256);
                case "--bare-crf" -> bareCrf = Arguments.value(args, ++i, "--bare-crf");
                case "--errors" -> errors = true;
                case "--token-column" ->
                    tokenColumn = column(Arguments.value(args, ++i, "--token-column"), "--token-column");
                case "--tag-column" -> tagColumn = column(Arguments.value(args, ++i, "--tag-column"), "--tag-column");
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("evaluate does not know the option " + args[i]);
                    }
                    files.add(args[i]);
                }
            }
        }
        if (files.size() != 1) {
            throw new IllegalArgumentException("evaluate needs one CoNLL file");
        }
        return new EvaluateOptions(files.get(0), language, threads, bareCrf, errors, tokenColumn, tagColumn);
    }

    private static String language(String value) {
        if (!value.matches("[a-z]{2}")) {
            throw new IllegalArgumentException("--language takes an ISO 639-1 code such as en, not " + value);
        }
        return value;
    }

    private static int column(String value, String option) {
        int column = Arguments.number(value, option, -100, 100);
        if (column == 0) {
            throw new IllegalArgumentException(option + " counts from 1 (or from -1, the last column), not 0");
        }
        return column;
    }
}
