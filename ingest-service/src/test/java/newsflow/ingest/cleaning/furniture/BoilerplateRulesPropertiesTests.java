package newsflow.ingest.cleaning.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The cheap look for promo words never misses what the promo patterns would match. */
class BoilerplateRulesPropertiesTests {

    @Property(tries = 1000)
    void findsAPromoWordInEveryLineThePromoPatternsMatch(@ForAll("promoLikeLines") String line) {
        if (BoilerplateRules.matchesPromoPattern(line)) {
            assertThat(BoilerplateRules.containsPromoWord(line)).as(line).isTrue();
        }
    }

    @Property(tries = 200)
    void recognisesEveryPromoPhraseInAnyCase(@ForAll("promoPhrases") String phrase, @ForAll boolean upper) {
        String line = "— " + (upper ? phrase.toUpperCase() : phrase) + " —";

        assertThat(BoilerplateRules.isPromo(line)).as(line).isTrue();
    }

    @Provide
    Arbitrary<String> promoPhrases() {
        return Arbitraries.of(
                "subscribe",
                "Subscription",
                "newsletter",
                "sign up",
                "sign-up",
                "membership",
                "become a member",
                "become an subscriber",
                "your gateway",
                "join us",
                "join the club",
                "click here",
                "read more",
                "continue reading",
                "read also",
                "see also",
                "share this",
                "share via",
                "follow us",
                "download our app",
                "support independent journalism",
                "all rights reserved",
                "cookie policy",
                "cookies settings",
                "we use cookies",
                "accept all cookies",
                "advertisement",
                "sponsored content");
    }

    @Provide
    Arbitrary<String> promoLikeLines() {
        Arbitrary<String> word = Arbitraries.oneOf(
                promoPhrases(),
                Arbitraries.of(
                        "Related",
                        "MORE NEWS",
                        "most read",
                        "Trending:",
                        "You may also like",
                        "Recommended for you",
                        "Share",
                        "the",
                        "council"),
                Arbitraries.strings()
                        .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ -:.")
                        .ofMaxLength(12));
        return word.list().ofMinSize(1).ofMaxSize(6).map(words -> String.join(" ", words));
    }
}
