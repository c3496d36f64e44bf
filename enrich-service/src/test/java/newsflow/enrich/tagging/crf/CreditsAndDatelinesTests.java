package newsflow.enrich.tagging.crf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import org.junit.jupiter.api.Test;

/** Photo and wire credits and datelines are read by their shape: who took the picture, which agency, which place. */
class CreditsAndDatelinesTests {

    private final CrfGazetteerTagger tagger = LoadedTagger.get();

    @Test
    void splitsALabelledCreditIntoThePhotographerAndTheAgency() {
        List<Entity> entities = tag(
                ZoneName.CAPTION, "An ITA Airways long-haul jet at Fiumicino in July. Photo: Remo Castelli/Reuters");

        assertThat(entities)
                .extracting(Entity::id)
                .contains("person:remo-castelli", "org:reuters")
                .doesNotContain("org:remo-castelli-reuters");
    }

    @Test
    void takesAnAgencyAfterViaAndAnAgencyTheGazetteersDoNotKnow() {
        List<Entity> entities =
                tag(ZoneName.CAPTION, "Paris Mensah heads the second goal. Photo: Ed Sykora/Action Images via Reuters");

        assertThat(entities).extracting(Entity::id).contains("person:ed-sykora", "org:action-images", "org:reuters");
        List<Entity> unknown = tag(ZoneName.CAPTION, "Cyclists on the promenade. Photo: Ciarán Tierney/Xposure");
        assertThat(unknown)
                .filteredOn(entity -> entity.name().equals("Xposure"))
                .extracting(Entity::type)
                .containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void takesAnInstitutionWithLinkingWordsAfterThePhotographerAndAnAgencysOneWordBeforeThem() {
        List<Entity> entities =
                tag(ZoneName.CAPTION, "The bank's chair at the results. Photo: Marisa Zerafa Vella/Times of Malta");
        List<Entity> signed = tag(ZoneName.CAPTION, "The winner is mobbed by team-mates. Photo: Fotopress/Ivo Kralj");

        assertThat(entities).extracting(Entity::id).contains("person:marisa-zerafa-vella");
        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name)
                .contains("Times of Malta");
        assertThat(signed).extracting(Entity::id).contains("person:ivo-kralj");
        assertThat(signed)
                .filteredOn(entity -> entity.name().equals("Fotopress"))
                .extracting(Entity::type)
                .containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void readsAnAgencyInCapitalsBeforeThePhotographer() {
        List<Entity> entities = tag(
                ZoneName.CAPTION,
                "A health worker at a checkpoint outside Goma on Wednesday. AFP PHOTO / JOËL KAHAMBU");

        assertThat(entities).extracting(Entity::id).contains("org:agence-france-presse");
        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.PERSON)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .contains("JOËL KAHAMBU");
        assertThat(tag(ZoneName.CAPTION, "Trawlers moored in the port of Hirtshals. REUTERS/Jens Nørgaard"))
                .extracting(Entity::id)
                .contains("org:reuters", "person:jens-norgaard");
    }

    @Test
    void doesNotTakeAKnownNameAfterASlashForAPhotographer() {
        List<Entity> entities = tag(ZoneName.BODY, "Funding was split between the agencies.\nUN/African Union");

        assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    void takesTwoSourcesASlashJoinsInACaptionsCreditForTwoOrganisations() {
        List<Entity> entities = tag(
                ZoneName.CAPTION, "A camera trap picture of the young male near Diecké. Image: CREF/Nagoya University");

        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .contains("Nagoya University")
                .noneMatch(text -> text.contains("/"));
    }

    @Test
    void takesAPhotographerAndThePublicationTheyShotForFromACreditWithFor() {
        List<Entity> entities = tag(
                ZoneName.CAPTION,
                "Meron Tesfaye at the Royal Festival Hall on Thursday. Photograph: Tolu Adeyemi-Clarke for Fourth Wall");

        assertThat(entities).extracting(Entity::id).contains("person:tolu-adeyemi-clarke", "org:fourth-wall");
    }

    @Test
    void takesAKnownOrganisationBeforeThePhotographerAfterAPhotoLabel() {
        List<Entity> entities =
                tag(ZoneName.CAPTION, "Cashew sacks at a warehouse in Bissau on Tuesday. Photo: Lusa/Amílcar Djaló");

        assertThat(entities).extracting(Entity::id).contains("org:agencia-lusa", "person:amilcar-djalo");
    }

    @Test
    void takesTheFirstWordsOfADatelineInCapitalsForThePlaceAndTheBracketsForTheAgency() {
        List<Entity> entities = tag(
                ZoneName.BODY,
                "N’DJAMENA, Feb 12 (Reuters) - The United States will give "
                        + "$85 million in new aid to Chad.\nDORTMUND, Germany (dpa) – Austin Amankwah struck late.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.LOCATION)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .contains("N’DJAMENA", "DORTMUND");
        assertThat(entities).extracting(Entity::id).contains("org:reuters", "org:deutsche-presse-agentur");
    }

    @Test
    void takesAKnownPlaceBeforeADashForADatelineButNotAnyWordInCapitals() {
        List<Entity> entities = tag(
                ZoneName.BODY,
                "ATLANTA — The race for the seat is now a dead heat.\n" + "BREAKING — Markets fell sharply.");

        assertThat(entities).extracting(Entity::id).contains("location:atlanta-us");
        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .doesNotContain("BREAKING");
    }

    @Test
    void takesAKnownPlaceInCapitalsWithItsCountryBeforeADashForADatelineInAnArticleAboutSport() {
        List<Entity> entities = tag(
                ZoneName.BODY,
                "Save for later\nRANDERS, Denmark – Randers FC won the league match 2-1 after the striker scored "
                        + "twice, and the coach said the club's goalkeeper saved a penalty.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.LOCATION)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .contains("RANDERS");
    }

    @Test
    void keepsTheDatelinesPlaceAPlaceAboveResultsThatNameItsTeamAndWhenOnlyAClubOfItsNameIsKnown() {
        List<Entity> results = tag(
                ZoneName.BODY,
                "NEW YORK 1996-08-30\nResults of Major League Baseball games on Thursday:\nNEW YORK 5 Kansas City 3\n"
                        + "Chicago 7 Oakland 2");
        List<Entity> club = tag(
                ZoneName.BODY,
                "CINCINNATI 1996-08-31\nKevin Brown pitched a three-hitter and hit a homer in the seventh inning as "
                        + "the Florida Marlins beat the Cincinnati Reds 4-1 in the baseball league on Saturday.");

        assertThat(results)
                .filteredOn(entity -> entity.type() == EntityType.LOCATION)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .contains("NEW YORK");
        assertThat(club)
                .filteredOn(entity -> entity.type() == EntityType.LOCATION)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .contains("CINCINNATI");
    }

    @Test
    void readsADatelineOfWireCopyWithItsArticleOrItsRegionAfterASpacedComma() {
        List<Entity> hague =
                tag(ZoneName.BODY, "THE HAGUE 2026-05-02\nThe court will rule on the border dispute on Friday.");
        List<Entity> village =
                tag(ZoneName.BODY, "QARYAT AL-SAFA , West Bank 2026-05-02\nSoldiers closed the checkpoint on Friday.");

        assertThat(Mentions.of(hague, "location:the-hague-nl")).containsExactly("THE HAGUE");
        assertThat(village)
                .filteredOn(entity -> entity.type() == EntityType.LOCATION)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .contains("QARYAT AL-SAFA");
    }

    @Test
    void takesACountrysNameBeforeAUsStateInADatelineForTheTownThroughoutTheArticle() {
        List<Entity> entities = tag(
                ZoneName.BODY,
                "LEBANON, N.H. – The city council voted on Tuesday to close the Main Street bridge for a year. Lebanon "
                        + "will pay for a ferry meanwhile, the mayor said. Lebanese cedar trees line the river.");

        assertThat(Mentions.of(entities, "location:lebanon-new-hampshire")).contains("LEBANON", "Lebanon");
        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.COUNTRY)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .doesNotContain("LEBANON", "Lebanon");
    }

    @Test
    void takesACountrysNameOpeningADatelineForTheCapitalOfThatNameButOnlyInTheDateline() {
        List<Entity> entities = tag(
                ZoneName.BODY,
                "DJIBOUTI – A swarm of small earthquakes shook the rift on Monday. Djibouti’s government said no one "
                        + "was hurt.\nLUXEMBOURG — The Chamber of Deputies voted for the tram.");

        assertThat(Mentions.of(entities, "location:djibouti-city-dj")).containsExactly("DJIBOUTI");
        assertThat(Mentions.of(entities, "country:DJ")).containsExactly("Djibouti");
        assertThat(entities).extracting(Entity::id).contains("location:luxembourg-city-lu");
    }

    @Test
    void takesTheIslandAfterADatelinesCommaForAPlaceWhenTheGazetteersDoNotKnowIt() {
        List<Entity> entities = tag(
                ZoneName.BODY,
                "AVARUA, Rarotonga — The prime minister survived a vote of no confidence on Tuesday, the clerk "
                        + "said.\nLONDON, Aug 22 (Reuters) - Shares rose.");

        assertThat(entities)
                .filteredOn(entity -> entity.name().equals("Rarotonga"))
                .extracting(Entity::type)
                .containsExactly(EntityType.LOCATION);
        assertThat(entities).extracting(Entity::name).doesNotContain("Aug");
    }

    @Test
    void takesAPlaceInCapitalsBeforeADashForADatelineWhenTheGazetteersDoNotKnowIt() {
        List<Entity> entities = tag(
                ZoneName.BODY,
                "DULUTH — The Aerial Lift Bridge will close to cars for six weeks, the city said on Monday.");

        assertThat(entities)
                .filteredOn(entity -> entity.name().equals("DULUTH"))
                .extracting(Entity::type)
                .containsExactly(EntityType.LOCATION);
    }

    @Test
    void takesAPlaceOfTheGazetteersNamesBeforeADashForTheDatelineWhereAClubOfTheArticleBearsIt() {
        List<Entity> entities = tag(
                ZoneName.BODY,
                "ST. GALLEN — For 35 minutes on Sunday it looked as if the afternoon belonged to Luzern. St. Gallen "
                        + "scored twice after the break and FC St. Gallen climbed to third.\n\nKAUNAS — Žalgiris "
                        + "beat Kaunas in the derby, and Kaunas dropped to fifth in the league.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.LOCATION)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .contains("ST. GALLEN", "KAUNAS");
    }

    @Test
    void takesAPlaceTheListOfPlacesNamesSpellsWithoutItsAccentsForTheDateline() {
        List<Entity> entities = tag(
                ZoneName.BODY, "ÑEMBY — The town council voted on Tuesday to close the old market, the mayor said.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.LOCATION)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .containsExactly("ÑEMBY");
    }

    @Test
    void takesAPhotographerInCapitalsWithoutAnAgencyOrBeforeThePublication() {
        List<Entity> alone = tag(
                ZoneName.BODY,
                "A shepherd on the road near the dam.\nThe area around the reservoir flooded. Photo: GULNARA ISMAILOVA");
        List<Entity> nameFirst = tag(
                ZoneName.BODY,
                "Vukovich hits past two blockers in the fifth set on Sunday. KAYLA DOSTAL/LINCOLN JOURNAL STAR");

        assertThat(alone).extracting(Entity::id).contains("person:gulnara-ismailova");
        assertThat(nameFirst).extracting(Entity::id).contains("person:kayla-dostal", "org:lincoln-journal-star");
    }

    @Test
    void doesNotTakeAPublicationOrACompanyNamedAloneAfterPhotoForAPhotographer() {
        List<Entity> entities = tag(
                ZoneName.BODY,
                "Orbitra launched a satellite.\nThe sea from orbit. Image: Orbitra Space\n"
                        + "Hikers on the ridge. Photo: Blue Ridge Bugle");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.PERSON)
                .isEmpty();
    }

    @Test
    void takesAnAgencyByTheNameItSignsWithInACreditOrADateline() {
        List<Entity> entities = tag(
                ZoneName.BODY,
                "NEW DELHI, Sept 14 (PTI) – India and Britain agreed on Monday to speed up talks.\n"
                        + "Visitors queue on opening day. Photo: WAM\n"
                        + "The runway at Oslo Airport. Photo: Sindre Tveit/NTB\n"
                        + "The office in South Jakarta. Photo: ANTARA FOTO/Ardhi Kusumawardana\n"
                        + "Iyer on his way to 94 against Chennai on Sunday. (PTI Photo)");

        assertThat(entities)
                .extracting(Entity::id)
                .contains(
                        "org:press-trust-of-india",
                        "org:emirates-news-agency",
                        "org:ntb",
                        "org:antara",
                        "person:sindre-tveit",
                        "person:ardhi-kusumawardana")
                .doesNotContain("org:pakistan-tehreek-e-insaf", "org:national-tire-and-battery");
    }

    @Test
    void keepsWhatAnAgencysLettersNameInRunningText() {
        List<Entity> entities = tag(ZoneName.BODY, "PTI leader Imran Khan addressed supporters in Lahore on Friday.");

        assertThat(entities).extracting(Entity::id).contains("org:pakistan-tehreek-e-insaf");
    }

    @Test
    void takesAStatesAbbreviationAfterACityForTheState() {
        List<Entity> entities = tag(
                ZoneName.BODY,
                "LEXINGTON, Ky. — The team flew home to St. Paul, Minn., on Sunday, a day after the game in Orchard "
                        + "Park, N.Y., and a week before one in London, Ont. Kentucky voters, Ms. Jones said, agreed. The sponsor, "
                        + "Del. Virginia Albright, disagreed.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.LOCATION)
                .extracting(Entity::id)
                .contains("location:kentucky", "location:minnesota", "location:new-york-state", "location:ontario")
                .doesNotContain("location:delaware");
        Entity kentucky = entities.stream()
                .filter(entity -> entity.id().equals("location:kentucky"))
                .findFirst()
                .orElseThrow();
        assertThat(kentucky.mentions()).extracting(mention -> mention.text()).containsExactly("Ky.", "Kentucky");
        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .doesNotContain("Ms.");
    }

    private List<Entity> tag(ZoneName zone, String text) {
        return tagger.tag(List.of(new Zone(ZoneName.HEADLINE, "News"), new Zone(zone, text)))
                .entities();
    }
}
