package newsflow.enrich.tagging.resolution;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.text.Token;

/**
 * Drops mentions that the article itself shows are ordinary words:
 * <ul>
 * <li>a single capitalised word the model found at the start of a sentence, when the article also writes it in lower
 * case ("Harbour director Jens Pedersen" in an article about "the harbour");</li>
 * <li>a demonym naming a currency ("Swiss francs", "Danish kroner"): the money is not the country;</li>
 * <li>a word for the government or the state that Spanish, French and German write with a capital but that names
 * no one body on its own ("el Gobierno", "l'État", "des Landes").</li>
 * </ul>
 */
final class CommonWords {

    private static final Pattern CURRENCY = Pattern.compile("\\A\\s+(francs?|kroner|krone|kronor|krona|kronur|pounds?"
            + "|dollars?|euros?|yen|yuan|renminbi|roubles?|rubles?|rupees?|pesos?|lira|lire|won|reais|rand|shekels?"
            + "|dinars?|riyals?|dirhams?|zloty|zlotys|forints?|hryvnias?|lei|baht|ringgit|rupiah)\\b");

    private static final Set<String> GENERIC = Set.of(
            "Gobierno",
            "Ejecutivo",
            "Estado",
            "Administración",
            "Gouvernement",
            "Exécutif",
            "État",
            "Etat",
            "Regierung",
            "Staat",
            "Landes",
            "Bundes",
            "Land");

    private CommonWords() {}

    static List<Span> drop(List<Span> spans, Map<ZoneName, String> zoneTexts, Map<ZoneName, List<List<Token>>> tokens) {
        Set<String> lowerCase = new HashSet<>();
        Set<String> sentenceStarts = new HashSet<>();
        tokens.forEach((zone, sentences) -> {
            for (List<Token> sentence : sentences) {
                sentenceStarts.add(zone + ":" + sentence.get(0).start());
                for (Token token : sentence) {
                    if (!token.text().isEmpty()
                            && Character.isLowerCase(token.text().charAt(0))) {
                        lowerCase.add(token.text());
                    }
                }
            }
        });
        return spans.stream()
                .filter(span -> !(span.known() == null && GENERIC.contains(span.text())))
                .filter(span -> !(span.known() == null
                        && span.tokens() == 1
                        && sentenceStarts.contains(span.zone() + ":" + span.start())
                        && lowerCase.contains(span.text().toLowerCase(Locale.ROOT))))
                .filter(span -> !(span.form() == MentionForm.DEMONYM
                        && CURRENCY.matcher(zoneTexts
                                        .get(span.zone())
                                        .substring(
                                                span.end(),
                                                Math.min(
                                                        span.end() + 12,
                                                        zoneTexts
                                                                .get(span.zone())
                                                                .length())))
                                .find()))
                .toList();
    }
}
