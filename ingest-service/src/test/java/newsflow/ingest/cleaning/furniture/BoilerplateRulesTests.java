package newsflow.ingest.cleaning.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lines that are furniture whoever they address, and article text that merely resembles them. */
class BoilerplateRulesTests {

    @Test
    void takesAListOfOtherArticlesOnOneLineUnderItsHeadingForFurniture() {
        assertThat(BoilerplateRules.isPromo(
                        "Most shared today: Port of Beira to lose its dredger · Power cuts return to Chimoio"))
                .isTrue();
        assertThat(BoilerplateRules.isPromo("Letters: “Who pays for the bypass?” · The Tavistock bus, again"))
                .isTrue();
        assertThat(BoilerplateRules.isPromo("Latest: the council voted 9 to 4 for the plan after a long debate."))
                .isFalse();
    }

    @Test
    void takesAFreeSubscriptionForFurnitureButNotAFreeChoice() {
        assertThat(BoilerplateRules.isPromo(
                        "Every Monday, Harbour Notes brings you the week on the waterfront from Ines Duarte. It is "
                                + "free to subscribe."))
                .isTrue();
        assertThat(BoilerplateRules.isPromo("Farmers are free to sell to any mill in the district, the board said."))
                .isFalse();
    }

    @Test
    void takesALineEndingInAPromosButtonForFurniture() {
        assertThat(BoilerplateRules.isPromo("Harbour notes, sent from Walvis Bay every Thursday. Count me in"))
                .isTrue();
        assertThat(BoilerplateRules.isPromo("The week's fishing news from Lüderitz before 6am. Get it free"))
                .isTrue();
        assertThat(BoilerplateRules.isPromo("“Count me in,” said the mayor of Lüderitz when asked to run again."))
                .isFalse();
    }
}
