package newsflow.enrich.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.Mention;
import newsflow.contract.MentionForm;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CrfGazetteerTaggerTests {

    private static CrfGazetteerTagger tagger;

    @BeforeAll
    static void loadModel() {
        tagger = CrfGazetteerTagger.load(CrfGazetteerTagger.DEFAULT_MODEL);
    }

    @Test
    void tagsExactlyTheEntitiesOfTheSeedArticle() {
        List<Entity> entities = tagger.tag(SeedZones.ZONES);

        assertThat(entities).extracting(Entity::id)
                .filteredOn(id -> !id.equals("org:ministry-of-foreign-affairs-of-ukraine"))
                .containsExactlyInAnyOrder("person:sergei-lavrov", "person:jeppe-kofod", "person:dmytro-kuleba",
                        "country:DK", "country:RU", "country:UA", "org:united-nations", "org:un-human-rights-council",
                        "org:european-union", "org:twitter", "location:geneva-ch");
        assertThat(entity(entities, "person:sergei-lavrov").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(entities, "country:RU").salience()).isGreaterThan(entity(entities, "location:geneva-ch")
                .salience());
    }

    @Test
    void everyMentionPointsAtItsTextInItsZone() {
        for (Entity entity : tagger.tag(SeedZones.ZONES)) {
            for (Mention mention : entity.mentions()) {
                String zoneText = SeedZones.ZONES.stream().filter(zone -> zone.name() == mention.zone()).findFirst()
                        .orElseThrow().text();
                assertThat(zoneText.substring(mention.start(), mention.end())).isEqualTo(mention.text());
            }
        }
    }

    @Test
    void resolvesSocialHandlesToTheOrganisationTheyName() {
        Entity council = entity(tagger.tag(SeedZones.ZONES), "org:un-human-rights-council");

        assertThat(council.mentions()).extracting(Mention::form).contains(MentionForm.HANDLE);
    }

    @Test
    void mapsDemonymToItsCountry() {
        Entity denmark = entity(tagger.tag(List.of(new Zone(ZoneName.BODY, "The Danish minister spoke."))), "country:DK");

        assertThat(denmark.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(denmark.name()).isEqualTo("Denmark");
        assertThat(denmark.mentions()).containsExactly(new Mention(ZoneName.BODY, 4, 10, "Danish", MentionForm.DEMONYM));
    }

    @Test
    void joinsASurnameToTheFullNameBeforeIt() {
        List<Entity> entities = tagger.tag(List.of(new Zone(ZoneName.BODY,
                "Sergei Lavrov spoke in Geneva. Later, Lavrov left the meeting.")));

        Entity lavrov = entity(entities, "person:sergei-lavrov");
        assertThat(lavrov.mentions()).extracting(Mention::text).containsExactly("Sergei Lavrov", "Lavrov");
        assertThat(entities).extracting(Entity::id).doesNotContain("person:lavrov");
    }

    @Test
    void findsNothingInBoilerplate() {
        assertThat(tagger.tag(List.of(new Zone(ZoneName.BOILERPLATE, "Copenhagen ranked 4th for career growth"))))
                .isEmpty();
    }

    private static Entity entity(List<Entity> entities, String id) {
        return entities.stream().filter(entity -> entity.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + entities.stream().map(Entity::id).toList()));
    }
}
