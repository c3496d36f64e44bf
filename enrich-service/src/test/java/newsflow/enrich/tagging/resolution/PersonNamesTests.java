package newsflow.enrich.tagging.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.enrich.tagging.TaggingDeadline;
import org.junit.jupiter.api.Test;

class PersonNamesTests {

    @Test
    void takesTheFirstOfTwoSurnamesWrittenAloneForTheFullName() {
        PersonNames people = names("Dairon Castellanos Vera", "Castellanos", "Reinier Pupo Lazcano", "Pupo");

        assertThat(people.fullName("Castellanos")).isEqualTo("Dairon Castellanos Vera");
        assertThat(people.fullName("Pupo")).isEqualTo("Reinier Pupo Lazcano");
        assertThat(people.surnames()).doesNotContainKeys("Castellanos", "Pupo");
    }

    @Test
    void leavesAMiddleWordThatIsAnotherPersonsSurnameOrTwoPeoplesAsItIs() {
        PersonNames otherSurname = names("Ana Lopez Garcia", "Juan Lopez", "Lopez");
        PersonNames twoPeople = names("Ana Ruiz Garcia", "Luis Ruiz Pena", "Ruiz");

        assertThat(otherSurname.fullName("Lopez")).isEqualTo("Juan Lopez");
        assertThat(twoPeople.fullName("Ruiz")).isEqualTo("Ruiz");
    }

    private static PersonNames names(String... names) {
        return new PersonNames(List.of(names), TaggingDeadline.NONE);
    }
}
