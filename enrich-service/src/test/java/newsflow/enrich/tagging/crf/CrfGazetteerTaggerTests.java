package newsflow.enrich.tagging.crf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.Mention;
import newsflow.contract.MentionForm;
import newsflow.contract.Provenance;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.Tagging;
import newsflow.enrich.tagging.TaggingDeadline;
import newsflow.enrich.tagging.TaggingTimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CrfGazetteerTaggerTests {

    private static CrfGazetteerTagger tagger;

    @BeforeAll
    static void loadModel() {
        tagger = LoadedTagger.get();
    }

    @Test
    void tagsExactlyTheEntitiesOfTheSeedArticle() {
        List<Entity> entities = tagger.tag(SeedZones.ZONES).entities();

        assertThat(entities)
                .extracting(Entity::id)
                .containsExactlyInAnyOrder(
                        "org:ministry-of-foreign-affairs-of-ukraine",
                        "person:sergei-lavrov",
                        "person:jeppe-kofod",
                        "person:dmytro-kuleba",
                        "country:DK",
                        "country:RU",
                        "country:UA",
                        "org:united-nations",
                        "org:un-human-rights-council",
                        "org:european-union",
                        "org:twitter",
                        "location:geneva-ch");
        assertThat(entity(entities, "person:sergei-lavrov").type()).isEqualTo(EntityType.PERSON);
        assertThat(entity(entities, "country:RU").salience())
                .isGreaterThan(entity(entities, "location:geneva-ch").salience());
    }

    @Test
    void everyMentionPointsAtItsTextInItsZone() {
        for (Entity entity : tagger.tag(SeedZones.ZONES).entities()) {
            for (Mention mention : entity.mentions()) {
                String zoneText = SeedZones.ZONES.stream()
                        .filter(zone -> zone.name() == mention.zone())
                        .findFirst()
                        .orElseThrow()
                        .text();
                assertThat(zoneText.substring(mention.start(), mention.end())).isEqualTo(mention.text());
            }
        }
    }

    @Test
    void resolvesSocialHandlesToTheOrganisationTheyName() {
        Entity council = entity(tagger.tag(SeedZones.ZONES).entities(), "org:un-human-rights-council");

        assertThat(council.mentions()).extracting(Mention::form).contains(MentionForm.HANDLE);
    }

    @Test
    void mapsDemonymToItsCountry() {
        Entity denmark = entity(
                tagger.tag(List.of(new Zone(ZoneName.BODY, "The Danish minister spoke.")))
                        .entities(),
                "country:DK");

        assertThat(denmark.type()).isEqualTo(EntityType.COUNTRY);
        assertThat(denmark.name()).isEqualTo("Denmark");
        assertThat(denmark.mentions())
                .containsExactly(new Mention(ZoneName.BODY, 4, 10, "Danish", MentionForm.DEMONYM));
    }

    @Test
    void joinsASurnameToTheFullNameBeforeIt() {
        List<Entity> entities = tagger.tag(List.of(
                        new Zone(ZoneName.BODY, "Sergei Lavrov spoke in Geneva. Later, Lavrov left the meeting.")))
                .entities();

        Entity lavrov = entity(entities, "person:sergei-lavrov");
        assertThat(lavrov.mentions()).extracting(Mention::text).containsExactly("Sergei Lavrov", "Lavrov");
        assertThat(entities).extracting(Entity::id).doesNotContain("person:lavrov");
    }

    @Test
    void findsNothingInBoilerplate() {
        assertThat(tagger.tag(List.of(new Zone(ZoneName.BOILERPLATE, "Copenhagen ranked 4th for career growth")))
                        .entities())
                .isEmpty();
    }

    @Test
    void recordsTheModelAndGazetteersItUsed() {
        Provenance provenance =
                tagger.tag(SeedZones.ZONES, "en", TaggingDeadline.NONE).provenance();

        assertThat(provenance.tagger()).isEqualTo(CrfGazetteerTagger.NAME);
        assertThat(provenance.models())
                .containsExactly(
                        "stanford-corenlp-4.5.10/english.conll.4class.distsim.crf",
                        "stanford-corenlp-4.5.10/english.conll.4class.caseless.distsim.crf");
        assertThat(provenance.gazetteerVersion())
                .contains(
                        "countries ",
                        "organizations ",
                        "cities ",
                        "organizations-sourced ",
                        "clubs ",
                        "wikidata-ids ",
                        "given-names ");
        assertThat(provenance.notes()).isEmpty();
    }

    @Test
    void tagsOnlyWhatTheGazetteersKnowInALanguageWithoutAModelInThatLanguagesNames() {
        Tagging tagging = tagger.tag(
                List.of(new Zone(ZoneName.BODY, "Danske og tyske ministre mødtes i København med NATO.")),
                "da",
                TaggingDeadline.NONE);

        assertThat(tagging.entities())
                .extracting(Entity::id)
                .containsExactlyInAnyOrder(
                        "country:DK", "country:DE", "location:copenhagen-dk", "org:north-atlantic-treaty-organization");
        assertThat(tagging.provenance().models()).isEmpty();
        assertThat(tagging.provenance().notes())
                .singleElement()
                .asString()
                .startsWith("language da: no statistical model for this language");
    }

    @Test
    void tagsGermanFrenchAndSpanishWithTheirOwnModelsAndTheSameIds() {
        Tagging german = tagger.tag(
                List.of(
                        new Zone(
                                ZoneName.BODY,
                                "Bundeskanzler Olaf Scholz traf in Wien den "
                                        + "italienischen Außenminister. Die Weltgesundheitsorganisation warnte, sagte Scholz.")),
                "de",
                TaggingDeadline.NONE);
        Tagging french = tagger.tag(
                List.of(new Zone(
                        ZoneName.BODY,
                        "Le chancelier Olaf Scholz a rencontré à Vienne "
                                + "le ministre italien. L'Organisation mondiale de la santé a averti, a dit Scholz.")),
                "fr",
                TaggingDeadline.NONE);
        Tagging spanish = tagger.tag(
                List.of(
                        new Zone(
                                ZoneName.BODY,
                                "El canciller Olaf Scholz se reunió en Viena "
                                        + "con el ministro italiano. La Organización Mundial de la Salud advirtió, dijo Scholz.")),
                "es",
                TaggingDeadline.NONE);

        for (Tagging tagging : List.of(german, french, spanish)) {
            assertThat(tagging.entities())
                    .extracting(Entity::id)
                    .containsExactlyInAnyOrder(
                            "person:olaf-scholz", "location:vienna-at", "country:IT", "org:world-health-organization");
        }
        assertThat(german.provenance().models()).containsExactly("stanford-corenlp-4.5.10/german.distsim.crf");
        assertThat(french.provenance().models()).containsExactly("stanford-corenlp-4.5.10/french-wikiner-4class.crf");
        assertThat(spanish.provenance().models())
                .containsExactly("stanford-corenlp-4.5.10/spanish.ancora.distsim.s512.crf");
    }

    @Test
    void runsOnlyTheGazetteersOnTextOfUnknownLanguageInAnotherScript() {
        Tagging tagging = tagger.tag(
                List.of(new Zone(ZoneName.BODY, "Сергей Лавров прибыл в Женеву. NATO")), null, TaggingDeadline.NONE);

        assertThat(tagging.entities()).extracting(Entity::id).containsExactly("org:north-atlantic-treaty-organization");
        assertThat(tagging.provenance().notes()).singleElement().asString().contains("not Latin");
    }

    @Test
    void givesUpOnAnArticleWhoseDeadlineHasPassed() {
        TaggingDeadline passed = TaggingDeadline.after(Duration.ZERO, "demo-late");

        assertThatThrownBy(() -> tagger.tag(SeedZones.ZONES, "en", passed))
                .isInstanceOf(TaggingTimeoutException.class)
                .hasMessage("tagging demo-late took longer than 0s");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathologicalTexts")
    void tagsPathologicalTextWithoutFailing(String description, String text) {
        Tagging tagging = tagger.tag(List.of(new Zone(ZoneName.BODY, text)), null, TaggingDeadline.NONE);

        assertThat(tagging.entities())
                .allSatisfy(entity -> assertThat(entity.mentions()).isNotEmpty());
    }

    static Stream<Arguments> pathologicalTexts() {
        return Stream.of(
                Arguments.of("empty", ""),
                Arguments.of("only spaces and line breaks", " \n \n\n  "),
                Arguments.of("one 1 MB word", "a".repeat(1_000_000)),
                Arguments.of("100 KB of punctuation", "!?.,;:-(".repeat(12_500)),
                Arguments.of("100 KB of one unclosed bracket", "(".repeat(100_000)),
                Arguments.of("lone surrogates and control characters", "\uD800 Geneva \u0000\u0007 \uDC00"),
                Arguments.of("one 100 KB line of names", "Sergei Lavrov met Jeppe Kofod in Geneva ".repeat(2_500)));
    }

    @Test
    void joinsAnAcronymToTheNameItWasDefinedFor() {
        List<Entity> entities = tagger.tag(List.of(new Zone(
                        ZoneName.BODY,
                        "The Danish Harbour Directorate (DHD) must "
                                + "approve the bridge. The DHD expects to decide by the spring.")))
                .entities();

        Entity directorate = entity(entities, "org:danish-harbour-directorate");
        assertThat(directorate.mentions())
                .extracting(Mention::text)
                .containsExactly("Danish Harbour Directorate", "DHD", "DHD");
        assertThat(entities).extracting(Entity::id).doesNotContain("country:DK", "org:dhd");
    }

    @Test
    void joinsALowerCaseHeadlineVariantToTheFullName() {
        List<Entity> entities = tagger.tag(List.of(
                        new Zone(ZoneName.HEADLINE, "Aarhus council approves light rail"),
                        new Zone(ZoneName.BODY, "Aarhus City Council voted on Thursday to extend the line.")))
                .entities();

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.ORGANIZATION)
                .singleElement()
                .satisfies(council -> {
                    assertThat(council.id()).isEqualTo("org:aarhus-city-council");
                    assertThat(council.mentions())
                            .extracting(Mention::text)
                            .containsExactly("Aarhus council", "Aarhus City Council");
                });
    }

    @Test
    void typesAVenueAsALocation() {
        List<Entity> entities = tagger.tag(List.of(
                        new Zone(ZoneName.BODY, "Norway beat Sweden 2-1 at Ullevaal Stadion in Oslo on Saturday.")))
                .entities();

        assertThat(entity(entities, "location:ullevaal-stadion").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void keepsOrganisationsNamedAfterPlacesWhole() {
        List<Entity> entities = tagger.tag(List.of(new Zone(
                        ZoneName.BODY, "The Bank of England kept rates on hold, and Real Madrid signed a striker.")))
                .entities();

        assertThat(entities).extracting(Entity::id).containsExactlyInAnyOrder("org:bank-of-england", "org:real-madrid");
    }

    @Test
    void takesASurnameThatIsAlsoACountryForThePerson() {
        List<Entity> entities = tagger.tag(List.of(
                        new Zone(ZoneName.BODY, "Michael Jordan met the team in Chicago. Jordan said he was proud.")))
                .entities();

        assertThat(entity(entities, "person:michael-jordan").mentions())
                .extracting(Mention::text)
                .containsExactly("Michael Jordan", "Jordan");
        assertThat(entities).extracting(Entity::id).doesNotContain("country:JO");
    }

    @Test
    void doesNotTakeAnAmountInACurrencyForTheCountry() {
        List<Entity> entities = tagger.tag(
                        List.of(new Zone(ZoneName.BODY, "FIFA fined the federation 200,000 Swiss francs.")))
                .entities();

        assertThat(entities).extracting(Entity::id).doesNotContain("country:CH");
    }

    @Test
    void takesNoPrizeTrophyOrFestivalForAnOrganisationNorAnAcronymOfACommonNoun() {
        List<Entity> entities = tagger.tag(List.of(new Zone(
                        ZoneName.BODY,
                        "Amara Okafor won the Harmattan Prize for Fiction on Friday. Her publisher, Cassava House, "
                                + "said AI tools and GPS trackers were on show at the Lagos Book and Art Festival, "
                                + "and that Okafor would fly to Berlin.")))
                .entities();

        assertThat(entities).extracting(Entity::name).noneMatch(name -> name.contains("Prize"));
        assertThat(entities).extracting(Entity::name).noneMatch(name -> name.contains("Festival"));
        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(Mention::text)
                .doesNotContain("AI", "GPS");
        assertThat(entity(entities, "person:amara-okafor").type()).isEqualTo(EntityType.PERSON);
    }

    @Test
    void takesNoTreatyOrLawForAnOrganisationOrAPlace() {
        List<Entity> entities = tagger.tag(List.of(new Zone(
                        ZoneName.BODY,
                        "The Pelican Cay Agreement of 1955 gave the port company its powers, and the Marsh Harbour "
                                + "Fisheries Act limits the catch. Rolle Construction will build the pier.")))
                .entities();

        assertThat(entities).extracting(Entity::name).noneMatch(name -> name.endsWith("Agreement"));
        assertThat(entities).extracting(Entity::name).noneMatch(name -> name.endsWith("Act"));
    }

    @Test
    void takesTheFirstWordOfACompanysNameForTheCompanyEvenWhereItIsAGivenName() {
        List<Entity> entities = tagger.tag(List.of(new Zone(
                        ZoneName.BODY,
                        "Shares of Harbec Seating Co rose on Friday after the seat maker agreed to be acquired by Linnea "
                                + "International Inc for $31 a share. Linnea was up 1/8 on the New York Stock Exchange. "
                                + "It should give Linnea the critical mass to compete, an analyst said.")))
                .entities();

        assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.PERSON);
        assertThat(entity(entities, "org:linnea-international-inc").mentions())
                .extracting(Mention::text)
                .contains("Linnea International Inc", "Linnea");
    }

    @Test
    void takesThePossessiveOfACompanyNamedWithOneForItsShortName() {
        List<Entity> entities = tagger.tag(List.of(new Zone(
                        ZoneName.BODY,
                        "The proposed acquisition of Ferrymen's Bancshares Inc. by Keelbank Corp. could spark more "
                                + "mergers. Ferrymen's was the prize in Missouri, analysts said, and the bid for "
                                + "Ferrymen's was large enough to get the deal done.")))
                .entities();

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.ORGANIZATION)
                .flatExtracting(Entity::mentions)
                .extracting(Mention::text)
                .contains("Ferrymen's Bancshares Inc.", "Ferrymen's")
                .doesNotContain("Ferrymen");
    }

    @Test
    void theTaggerGivesKnownEntitiesTheirWikidataIds() {
        List<Entity> entities = tagger.tag(List.of(
                        new Zone(ZoneName.BODY, "The European Union and Denmark sent envoys to Geneva, the UN said.")))
                .entities();

        assertThat(entities)
                .extracting(Entity::id, Entity::wikidataId)
                .contains(
                        tuple("org:european-union", "Q458"),
                        tuple("country:DK", "Q35"),
                        tuple("location:geneva-ch", "Q71"),
                        tuple("org:united-nations", "Q1065"));
    }

    private static Entity entity(List<Entity> entities, String id) {
        return entities.stream()
                .filter(entity -> entity.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        id + " not among " + entities.stream().map(Entity::id).toList()));
    }
}
