package newsflow.enrich.tagging.resolution.organisations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsflow.contract.EntityType;
import newsflow.contract.MentionForm;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.TaggingDeadline;
import newsflow.enrich.tagging.gazetteer.GazetteerEntry;
import newsflow.enrich.tagging.mentions.Span;
import newsflow.enrich.tagging.resolution.WordMentions;
import newsflow.enrich.tagging.text.Token;
import newsflow.enrich.tagging.text.Words;

/**
 * Resolves the names of organisations within one article.
 * <ul>
 * <li>An acronym defined in the article ("Danish Road Directorate (DRD)", "Danish Agency for Digital Government
 * (DIGST)") names the organisation before it wherever it appears in the article, even where the gazetteer gives the
 * acronym to another organisation; but a name the gazetteer does not know, defined by an acronym it knows and beginning
 * with the same letter ("Österreichische Bundesbahnen (ÖBB)") or translating its name ("Ferrocarriles Federales de
 * Austria (ÖBB)"), is the acronym's organisation, and so is the acronym wherever the article writes it.</li>
 * <li>An acronym the model found that spells the initials of an organisation in the article is that organisation.</li>
 * <li>A shorter or differently capitalised name whose words are the first, some and the last words of a longer name
 * ("Aarhus council" and "Aarhus City Council") is the longer name, when only one name fits, see
 * {@link NameVariants}.</li>
 * <li>A single word that is a word of only one longer name ("United" after "Manchester United") is that name; a
 * place's name that stands for a team is the one team whose name it begins or ends ("Herceg Novi" after "Jadran
 * Herceg Novi", "Edsbyn" after "Edsbyns IF").</li>
 * </ul>
 */
public final class OrganisationNames {

    private final Map<String, String> canonical = new HashMap<>();
    private List<Span> spans = List.of();

    private OrganisationNames() {}

    /**
     * Links the organisations of the article: resolves acronyms and short names (adding the mentions of acronyms
     * defined in the article that the finders missed), and keeps what each model-found name stands for.
     */
    public static OrganisationNames link(
            List<Span> spans,
            Map<ZoneName, String> zoneTexts,
            Map<ZoneName, List<List<Token>>> tokens,
            TaggingDeadline deadline) {
        var names = new OrganisationNames();
        Map<String, Span> definitions = Acronyms.definitions(spans, zoneTexts);
        Map<String, GazetteerEntry> knownByAcronym = Acronyms.knownByAcronym(definitions, spans);
        Map<String, GazetteerEntry> knownAcronyms = new HashMap<>();
        definitions.forEach((acronym, definition) -> {
            GazetteerEntry known = knownByAcronym.get(definition.text());
            if (known != null) {
                knownAcronyms.put(acronym, known.as(MentionForm.ACRONYM));
            }
        });
        definitions.keySet().removeAll(knownAcronyms.keySet());
        List<Span> resolved = new ArrayList<>();
        for (Span span : spans) {
            Span defined = definitions.get(span.text());
            GazetteerEntry known = span.known() == null ? knownByAcronym.get(span.text()) : null;
            if (defined != null && !defined.equals(span)) {
                resolved.add(Acronyms.asAcronymOf(span, defined));
            } else if (known != null && span.type() == EntityType.ORGANIZATION) {
                resolved.add(span.as(EntityType.ORGANIZATION, known, MentionForm.ALIAS));
            } else {
                resolved.add(span);
            }
        }
        resolved.addAll(WordMentions.find(
                definitions.keySet(),
                tokens,
                resolved,
                (zone, token) -> Acronyms.asAcronymOf(
                        WordMentions.word(zone, token, EntityType.ORGANIZATION, null, MentionForm.ACRONYM),
                        definitions.get(token.text()))));
        resolved.addAll(WordMentions.find(
                knownAcronyms.keySet(),
                tokens,
                resolved,
                (zone, token) -> WordMentions.word(
                        zone, token, EntityType.ORGANIZATION, knownAcronyms.get(token.text()), MentionForm.ACRONYM)));
        resolved = NameVariants.extend(resolved, zoneTexts);
        resolved = names.shortNames(resolved, deadline);
        definitions.forEach((acronym, definition) -> {
            if (definition.known() == null) {
                names.canonical.put(acronym, definition.text());
            }
        });
        names.linkVariants(resolved, deadline);
        names.spans = List.copyOf(resolved);
        return names;
    }

    /** The article's mentions, acronyms and short names of organisations resolved. */
    public List<Span> spans() {
        return spans;
    }

    /** The name a model-found organisation name stands for in this article. */
    public String canonical(String name) {
        String once = canonical.getOrDefault(name, name);
        return canonical.getOrDefault(once, once);
    }

    /**
     * A single word the model took for an organisation that is a word of exactly one longer organisation's name in
     * the article ("United" after "Manchester United") is that organisation.
     */
    private List<Span> shortNames(List<Span> spans, TaggingDeadline deadline) {
        List<Span> longNames = spans.stream()
                .filter(span -> span.type() == EntityType.ORGANIZATION && span.tokens() >= 2)
                .toList();
        List<Span> resolved = new ArrayList<>(spans.size());
        for (Span span : spans) {
            deadline.check();
            Span longName = null;
            if (span.known() == null && span.type() == EntityType.ORGANIZATION) {
                if (span.form() == MentionForm.ALIAS) {
                    longName = onlyTeamOfPlace(longNames, span);
                } else if (span.tokens() == 1) {
                    longName = onlyNameWithWord(longNames, span.text());
                }
            }
            if (longName == null) {
                resolved.add(span);
            } else if (longName.known() != null) {
                resolved.add(
                        span.as(EntityType.ORGANIZATION, longName.known().as(MentionForm.ALIAS), MentionForm.ALIAS));
            } else {
                canonical.putIfAbsent(span.text(), longName.text());
                resolved.add(span);
            }
        }
        return resolved;
    }

    private static Span onlyNameWithWord(List<Span> longNames, String word) {
        return onlyOne(longNames.stream()
                .filter(name -> List.of(Words.of(name.text())).contains(word))
                .toList());
    }

    /**
     * The one team in the article whose name a place's name stood for (as the finders took it): the team's name
     * begins or ends with the place's ("Västerås SK", "Sigal Prishtina", "Jadran Herceg Novi") or begins with it in
     * the genitive ("Edsbyns IF").
     */
    private static Span onlyTeamOfPlace(List<Span> longNames, Span place) {
        String name = place.text();
        return onlyOne(longNames.stream()
                .filter(team -> !team.equals(place)
                        && (team.text().startsWith(name + " ")
                                || team.text().startsWith(name + "s ")
                                || team.text().endsWith(" " + name)))
                .toList());
    }

    private static Span onlyOne(List<Span> with) {
        long entities = with.stream()
                .map(name -> name.known() != null ? name.known().id() : name.text())
                .distinct()
                .count();
        return entities == 1 ? with.get(0) : null;
    }

    private void linkVariants(List<Span> spans, TaggingDeadline deadline) {
        Set<String> names = new LinkedHashSet<>();
        for (Span span : spans) {
            if (span.known() == null && span.type() == EntityType.ORGANIZATION) {
                names.add(span.text());
            }
        }
        for (String name : names) {
            deadline.check();
            List<String> longer = names.stream()
                    .filter(other -> !other.equals(name) && NameVariants.isVariantOf(name, other))
                    .toList();
            if (longer.size() == 1) {
                canonical.putIfAbsent(name, longer.get(0));
            }
        }
    }
}
