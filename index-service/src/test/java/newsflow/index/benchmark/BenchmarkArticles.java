package newsflow.index.benchmark;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import newsflow.contract.ArticleEnriched;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.Mention;
import newsflow.contract.MentionForm;
import newsflow.contract.Provenance;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;

/**
 * Enriched articles made up for the benchmark, the same on every run: article {@code n} comes from a random
 * generator seeded with {@code n}. Realistic sizes (a headline, a standfirst, a body of 250 to 650 words, a promo
 * line), about ten entities each drawn from a Zipf distribution over a few thousand ids (so a few are in many
 * articles, most in few), 50 countries, 20 publishers, publication times spread over two years.
 */
final class BenchmarkArticles {

    static final Instant START = Instant.parse("2023-01-01T00:00:00Z");
    static final long SPAN_MILLIS = 730L * 24 * 3600 * 1000;
    static final List<String> COUNTRIES = List.of(
            "US", "GB", "FR", "DE", "IT", "ES", "RU", "UA", "PL", "NL", "BE", "SE", "NO", "DK", "FI", "CH", "AT", "PT",
            "GR", "TR", "CN", "JP", "KR", "IN", "PK", "IR", "IQ", "IL", "EG", "SA", "AE", "NG", "ZA", "KE", "ET", "BR",
            "AR", "MX", "CA", "AU", "NZ", "ID", "PH", "VN", "TH", "MY", "CL", "CO", "PE", "VE");
    private static final int ENTITY_IDS = 3000;
    private static final int WORDS = 5000;
    private static final Provenance PROVENANCE = new Provenance("benchmark", "1", List.of(), "1", List.of());

    private final String[] vocabulary = vocabulary();
    private final Zipf entityRanks = new Zipf(ENTITY_IDS, 1.0);
    private final Zipf wordRanks = new Zipf(WORDS, 1.0);

    /** The word of rank {@code rank} (0 is the most frequent), for text queries. */
    String word(int rank) {
        return vocabulary[rank];
    }

    ArticleEnriched article(int n) {
        Random random = new Random(n);
        String id = String.format("bench-%06d", n);
        Instant published = START.plusMillis((long) (random.nextDouble() * SPAN_MILLIS));
        List<Zone> zones = List.of(
                new Zone(ZoneName.HEADLINE, sentence(random, 8)),
                new Zone(ZoneName.STANDFIRST, sentence(random, 25)),
                new Zone(ZoneName.BODY, paragraphs(random, 250 + random.nextInt(400))),
                new Zone(ZoneName.BOILERPLATE, "Subscribe to our newsletter. Read more: " + sentence(random, 10)));
        return new ArticleEnriched(
                id,
                1,
                1,
                "publisher-" + random.nextInt(20),
                id,
                "https://bench.newsflow.dev/" + id,
                null,
                zones.get(0).text(),
                published,
                random.nextInt(10) < 9 ? "en" : "fr",
                "c".repeat(64),
                null,
                zones,
                entities(random),
                PROVENANCE,
                published.plusSeconds(60),
                published.plusSeconds(61));
    }

    /** An entity id drawn like the articles' entities are: often a frequent one. */
    String entityId(Random random) {
        return entity(entityRanks.sample(random)).id();
    }

    private List<Entity> entities(Random random) {
        Map<String, Entity> entities = new LinkedHashMap<>();
        Entity country = country(COUNTRIES.get(random.nextInt(COUNTRIES.size())));
        entities.put(country.id(), country);
        int wanted = 8 + random.nextInt(5);
        while (entities.size() < wanted) {
            Entity entity = entity(entityRanks.sample(random));
            entities.putIfAbsent(entity.id(), entity);
        }
        return new ArrayList<>(entities.values());
    }

    /** The entity of a rank: persons, organisations, places and countries in turn. */
    private static Entity entity(int rank) {
        return switch (rank % 10) {
            case 0, 1, 2, 3 -> named("person:person-" + rank, EntityType.PERSON, "Person " + rank);
            case 4, 5, 6 -> named("org:org-" + rank, EntityType.ORGANIZATION, "Organisation " + rank);
            case 7, 8 -> named("location:city-" + rank, EntityType.LOCATION, "City " + rank);
            default ->
                named(
                        "country:" + COUNTRIES.get(rank % COUNTRIES.size()),
                        EntityType.COUNTRY,
                        "Country " + COUNTRIES.get(rank % COUNTRIES.size()));
        };
    }

    private static Entity country(String code) {
        return named("country:" + code, EntityType.COUNTRY, "Country " + code);
    }

    private static Entity named(String id, EntityType type, String name) {
        return new Entity(
                id,
                type,
                name,
                null,
                0.5,
                0.9,
                List.of(new Mention(ZoneName.BODY, 0, name.length(), name, MentionForm.NAME)));
    }

    private String paragraphs(Random random, int words) {
        var text = new StringBuilder(words * 7);
        while (words > 0) {
            int sentence = Math.min(words, 12 + random.nextInt(14));
            text.append(sentence(random, sentence)).append(' ');
            words -= sentence;
        }
        return text.toString().strip();
    }

    private String sentence(Random random, int words) {
        var text = new StringBuilder(words * 7);
        for (int i = 0; i < words; i++) {
            String word = vocabulary[wordRanks.sample(random)];
            text.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            text.append(i == words - 1 ? ". " : " ");
        }
        return text.toString().strip();
    }

    private static String[] vocabulary() {
        Random random = new Random(42);
        String[] words = new String[WORDS];
        for (int i = 0; i < WORDS; i++) {
            var word = new StringBuilder();
            int length = 3 + random.nextInt(7);
            for (int c = 0; c < length; c++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = word.toString();
        }
        return words;
    }

    /** Ranks 0..n-1 with probability proportional to 1 / (rank + 1)^s. */
    static final class Zipf {

        private final double[] cumulative;

        Zipf(int n, double s) {
            cumulative = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += 1 / Math.pow(i + 1, s);
                cumulative[i] = sum;
            }
            for (int i = 0; i < n; i++) {
                cumulative[i] /= sum;
            }
        }

        int sample(Random random) {
            int index = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(index >= 0 ? index : -index - 1, cumulative.length - 1);
        }
    }
}
