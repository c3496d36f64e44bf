package newsflow.enrich.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;

/** Finds the later mentions of a person by surname alone that the model missed ("Kofod tweeted ..."). */
final class SurnameMentions {

    private SurnameMentions() {
    }

    static List<Span> find(Map<String, String> surnames, Map<ZoneName, List<List<Token>>> tokens, List<Span> taken) {
        List<Span> found = new ArrayList<>();
        if (surnames.isEmpty()) {
            return found;
        }
        tokens.forEach((zone, sentences) -> {
            for (List<Token> sentence : sentences) {
                for (Token token : sentence) {
                    if (surnames.containsKey(token.text())) {
                        var span = new Span(zone, token.start(), token.end(), token.text(), EntityType.PERSON, null,
                                MentionForm.NAME, 1);
                        if (taken.stream().noneMatch(span::overlaps) && found.stream().noneMatch(span::overlaps)) {
                            found.add(span);
                        }
                    }
                }
            }
        });
        return found;
    }
}
