package newsflow.enrich.tagging.resolution.organisations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import newsflow.contract.EntityType;
import newsflow.enrich.tagging.mentions.Span;

/**
 * The institutions every country has, named as every country names them: "the National Assembly", "the Supreme
 * Court", "the Ministry of Finance". An article names its own country's, so the name stands for the institution of the
 * country the article is about (the country it names most, and more often than any other), and gets that country in
 * its canonical name, and so in its id: "National Assembly of Kenya", "Supreme Court of the Philippines", "Ministry of
 * Finance (Japan)". Otherwise every article's "Supreme Court" would be one entity. Not for the United States, whose
 * states have senates and supreme courts of their own, nor where no one country leads.
 */
public final class NationalInstitutions {

    private static final Set<String> INSTITUTIONS = Set.of(
            "Parliament",
            "National Assembly",
            "Senate",
            "Chamber of Deputies",
            "National Congress",
            "National Council",
            "House of Representatives",
            "Supreme Court",
            "Constitutional Court",
            "High Court",
            "Court of Appeal",
            "Central Bank",
            "Electoral Commission",
            "Council of Ministers");
    /** Ministries whose portfolio most governments have. */
    private static final Pattern COMMON_MINISTRY =
            Pattern.compile("Ministry of (?:the )?(?:Finance|Economy|Economy and "
                    + "Finance|Economic Affairs|Foreign Affairs|Health|Defence|Defense|Interior|Justice|Education|Agriculture"
                    + "|Energy|Environment|Transport|Labour|Labor|Trade|Industry|Culture|Home Affairs)");

    private static final Set<String> WITH_THE =
            Set.of("Bahamas", "Gambia", "Netherlands", "Philippines", "Comoros", "Maldives", "Seychelles");

    private final String country;

    private NationalInstitutions(String country) {
        this.country = country;
    }

    /** The article's country: the one it names most, and more often than any other; none for the United States. */
    public static NationalInstitutions of(List<Span> spans) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Span span : spans) {
            if (span.type() == EntityType.COUNTRY && span.known() != null) {
                counts.merge(span.known().id(), 1, Integer::sum);
                names.putIfAbsent(span.known().id(), span.known().name());
            }
        }
        String top = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > most) {
                top = entry.getKey();
                most = entry.getValue();
                tie = false;
            } else if (entry.getValue() == most) {
                tie = true;
            }
        }
        boolean usable = top != null && !tie && !top.equals("country:US");
        return new NationalInstitutions(usable ? names.get(top) : null);
    }

    /**
     * A mention by the bare generic name that a long list gives to one country's institution ("National Assembly",
     * France's in the sourced organisations) is the article's country's, not that one's: the mention without the
     * entry, where the article has a country.
     */
    public Span unlinked(Span span) {
        boolean generic = country != null
                && span.known() != null
                && span.type() == EntityType.ORGANIZATION
                && INSTITUTIONS.contains(span.text())
                && span.known().name().equals(span.text());
        return generic ? span.as(EntityType.ORGANIZATION, null, span.form()) : span;
    }

    /** The name with the article's country, where it is one of the institutions every country has. */
    public String name(String name) {
        if (country == null) {
            return name;
        }
        if (INSTITUTIONS.contains(name)) {
            return name + " of " + withArticle(country);
        }
        if (COMMON_MINISTRY.matcher(name).matches()) {
            return name + " (" + country + ")";
        }
        return name;
    }

    private static String withArticle(String country) {
        boolean the = WITH_THE.contains(country)
                || country.startsWith("United ")
                || country.contains("Republic")
                || country.endsWith("Islands");
        return the ? "the " + country : country;
    }
}
