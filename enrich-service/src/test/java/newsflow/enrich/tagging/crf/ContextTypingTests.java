package newsflow.enrich.tagging.crf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.Mention;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import org.junit.jupiter.api.Test;

/** How the words around a name decide what it is: sport, events, list numbers, articles. */
class ContextTypingTests {

    private final CrfGazetteerTagger tagger = LoadedTagger.get();

    @Test
    void takesACityForItsClubInAResultsLine() {
        List<Entity> entities = tag("SOCCER - ENGLISH LEAGUE RESULTS .\nHull 2 Derby 1\nPreston 0 Bolton 3");

        assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Hull")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesACityForItsClubWhereTheModelDoesInAnArticleAboutSport() {
        List<Entity> entities = tag("Lentini joined Milan from Torino in 1992 and the striker scored 12 goals in his "
                + "first league season for the club.");

        assertThat(Mentions.types(entities, "Milan")).containsOnly(EntityType.ORGANIZATION);
        assertThat(entities).extracting(Entity::id).doesNotContain("location:milan-it");
    }

    @Test
    void takesAFinnishTownInTheGenitiveAndAWordOfItsOwnForAClubWhereTheArticleNamesTheTown() {
        List<Entity> entities = tag("Kärpät edge Jukurit in double overtime to level the play-off series\nA shot "
                + "from the blue line fluttered over the goalkeeper's shoulder, and Kärpät had a 3-2 win in the fourth "
                + "period of overtime in Oulu. Oulun Kärpät led through the first two periods, the coach said. In the "
                + "baseball league, Joensuun Maila lost in Joensuu, where Maila have not won this season.");

        assertThat(Mentions.types(entities, "Oulun Kärpät")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Kärpät")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Joensuun Maila")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void keepsACityACityOutsideSportWhateverTheModelSays() {
        List<Entity> entities = tag("Odense approves new light rail line\nThe city council in Odense voted on "
                + "Tuesday to extend the tram to the university hospital.");

        assertThat(entities).extracting(Entity::id).contains("location:odense-dk");
    }

    @Test
    void takesATownOfGeoNamesThatTheModelCallsAPersonForAPlace() {
        List<Entity> entities =
                tag("Strawberry prices climb\nMost of the fruit is sold to packers from Frankston, " + "traders said.");

        assertThat(Mentions.types(entities, "Frankston")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesARiverAfterItsBanksOrAcrossAndTheForAPlace() {
        List<Entity> entities = tag("Riga plans new embankment\nThe authority’s land along both banks of the Daugava "
                + "will pass to a state company. Stallholders came from across the Dyfi, and the bank of the Schie was "
                + "closed.");

        assertThat(Mentions.types(entities, "Daugava")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Dyfi")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Schie")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesANameThatBeginsWithAGivenNameForAPlaceWhereThePlaceNamesListItWhole() {
        List<Entity> entities =
                tag("Dams to go\nOf the 30 structures the miner set out to remove, 13 are left, most of "
                        + "them around Itabira and Nova Lima, south of the state capital.");

        assertThat(Mentions.types(entities, "Nova Lima")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesATownThatIsAlsoAGivenNameForAPlaceInAListWithAPlace() {
        List<Entity> entities = tag("Taxi drivers in Esperanza and Rafaela went on strike.");

        assertThat(Mentions.types(entities, "Rafaela")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesNoCountryForANationalitysWordThatNamesALanguage() {
        List<Entity> entities = tag("The bulletin is written in Danish and Swedish, and Kazakh is also widely spoken "
                + "in the north. Trawlers from Portuguese ports fish the same banks.");

        assertThat(entities).extracting(Entity::id).doesNotContain("country:DK", "country:SE", "country:KZ");
        assertThat(entities).extracting(Entity::id).contains("country:PT");
    }

    @Test
    void takesNoCountryForANationalitysWordJoinedToSpeakingOrLanguageOrInAListOfLanguagesAfterBetween() {
        List<Entity> entities = tag("The town has a Hungarian-speaking majority and a Slovak-language weekly, and "
                + "callers switch between Czech and Polish. Trawlers from Portuguese ports fish the same banks.");

        assertThat(entities)
                .extracting(Entity::id)
                .doesNotContain("country:HU", "country:SK", "country:CZ", "country:PL");
        assertThat(entities).extracting(Entity::id).contains("country:PT");
    }

    @Test
    void takesANameAfterATitleAndACommaOrBeforeAnAppositionOfWhatAPersonDoesForThePerson() {
        List<Entity> titled =
                tag("The agriculture minister, Desmond La Touche, said the government would hand out seedlings.");
        List<Entity> apposed = tag("Jordan Pike, a fisherman from the north, said the reef was dying.");

        assertThat(Mentions.types(titled, "Desmond La Touche")).containsOnly(EntityType.PERSON);
        assertThat(Mentions.types(apposed, "Jordan Pike")).containsOnly(EntityType.PERSON);
    }

    @Test
    void doesNotTakeThePlaceInAnEventsNameForAMentionOfThePlace() {
        List<Entity> entities = tag("Stefan Edberg extended his stay at the U.S. Open on Thursday, and the Hong Kong "
                + "Open starts next week.");

        assertThat(entities).extracting(Entity::id).doesNotContain("country:US", "country:HK");
        assertThat(entities).extracting(Entity::id).contains("person:stefan-edberg");
    }

    @Test
    void readsAListItemsNumberWithItsLine() {
        List<Entity> entities = tag("Leading results in the men's 1,500 metres:\n1. Noah Ngeny (Kenya) 3:31.01\n"
                + "2. Venuste Niyongabo (Burundi) 3:31.95");

        assertThat(Mentions.types(entities, "Venuste Niyongabo")).containsOnly(EntityType.PERSON);
    }

    @Test
    void keepsACapitalisedArticleThatIsPartOfAVenuesName() {
        List<Entity> entities = tag("England play Pakistan in the sixth test at The Oval in London in August.");

        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(Mention::text)
                .contains("The Oval");
    }

    @Test
    void takesAGivenNameAndSurnameForAPersonWhereTheArticleUsesTheSurnameForOne() {
        List<Entity> entities = tag("Jordan Mills has left Ajax after one season to join Al-Ettifaq. Mills said he "
                + "wanted to be closer to his family.");

        assertThat(entities)
                .extracting(Entity::id)
                .contains("person:jordan-mills")
                .doesNotContain("country:JO", "org:jordan-mills");
    }

    @Test
    void takesAPlaceThatIsAGivenNameForThePersonWhoseNameItBegins() {
        List<Entity> entities = tag("Chad Okoro scored twice for Enyimba on Sunday.");

        assertThat(entities)
                .extracting(Entity::id)
                .contains("person:chad-okoro")
                .doesNotContain("country:TD");
    }

    @Test
    void takesNoEntityForALanguageWithANameOfItsOwnButKeepsAPlaceAfterAVerbOfSpeaking() {
        List<Entity> entities = tag("The three candidates shared a stage for a debate in Chichewa and English at the "
                + "community hall. She sings in Guaraní while she works, and the texts are written in Jawi, the old "
                + "script. He spoke in Brussels on Monday.");

        assertThat(Mentions.texts(entities)).doesNotContain("Chichewa", "Guaraní", "Jawi");
        assertThat(Mentions.types(entities, "Brussels")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesNoEntityForALanguagesNameWhereverItStandsButKeepsAPersonWhoBearsIt() {
        List<Entity> entities = tag("Market talk\nSwahili and Sukuma dominate the stalls of Mwanza, the traders say, "
                + "while the notices of the port stay Kimbundu-free. Urdu signs went up last year. Karen Mwangi, who "
                + "runs a stall, agreed.");

        assertThat(Mentions.texts(entities)).doesNotContain("Swahili", "Sukuma", "Urdu");
        assertThat(Mentions.types(entities, "Karen Mwangi")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesAVillageOrAStadiumNamedByItsWordForAPlace() {
        List<Entity> entities = tag("A chatbot now serves the residents of Kampong Ayer, the water village, and the "
                + "final will be played at the Stadionul Arcul de Triumf in Bucharest.");

        assertThat(Mentions.types(entities, "Kampong Ayer")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Stadionul Arcul de Triumf")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesAPalaceASquareOrAParkNamedByItsWordInItsOwnLanguageForAPlace() {
        List<Entity> entities = tag(
                "Festival flooded\nThe spectators went out through the gate of the Palais des "
                        + "Papes. The exhibition runs at the museum's building in the Parque de la Exposición until October. "
                        + "A dozen shops stand empty between the station and Place Patton, the square named after the general.");

        assertThat(Mentions.types(entities, "Palais des Papes")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Parque de la Exposición")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Place Patton")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesANameThatBeginsWithAPortsOrASaintsWordInPortugueseOrSpanishForATown() {
        List<Entity> entities =
                tag("Data centre for Madeira\nThe building site in the free-trade zone at Caniçal, with "
                        + "Porto Santo on the horizon. The region should control the port of Porto Grande, whose traffic has "
                        + "fallen by a third. The fishing community in Puerto Williams feared the worst. The bay on the east "
                        + "coast of São Vicente has filled every August since 1984. The start-up, born at Porto Digital, "
                        + "sends alerts to 600,000 people.");

        assertThat(Mentions.types(entities, "Porto Santo")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Porto Grande")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Puerto Williams")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "São Vicente")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Porto Digital")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesACoveABayAPointOrAPromenadeNamedByItsWordInItsOwnLanguageForAPlace() {
        List<Entity> entities = tag("Beaches reopen\nSwimmers went back into the water at Anse Vata on Sunday, and the "
                + "navy's ships stood off Punta Europa. Crowds filled the Promenade des Anglais.");

        assertThat(Mentions.types(entities, "Anse Vata")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Punta Europa")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Promenade des Anglais")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesAnIsleForAPlace() {
        List<Entity> entities = tag("Tweed pattern books found\nAll of the pattern books were for a tailor in "
                + "Tarbert, on the Isle of Harris, whose shop closed in the 1970s.");

        assertThat(Mentions.types(entities, "Isle of Harris")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesNoPersonForAStormNamedLikeOne() {
        List<Entity> entities = tag("Roofs still bare\nSince Hurricane Beryl tore through in July, the island has "
                + "rebuilt half its schools, and the damage left by Hurricanes Irma and Maria is still visible. Ivan "
                + "Mendes, the mayor, said so.");

        assertThat(Mentions.texts(entities)).doesNotContain("Beryl", "Irma", "Maria");
        assertThat(Mentions.types(entities, "Ivan Mendes")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesAFrenchOrSpanishArticleAndANameOrACountyForAPlaceNotAPerson() {
        List<Entity> entities = tag("Fishermen in the north, from Le Lorrain to Grand-Rivière, say the sargassum is "
                + "worse than last year, and crews from Lamar County helped.\nThe far-right leader Marine Le Pen "
                + "visited the coast on Monday. Le Pen said the state had failed.");

        assertThat(Mentions.types(entities, "Le Lorrain")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Lamar County")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Marine Le Pen")).containsOnly(EntityType.PERSON);
        assertThat(entities).extracting(Entity::id).doesNotContain("location:le-pen");
    }

    @Test
    void takesAOneWordNameForAnOrganisationWhereTheArticleSaysItIsOne() {
        List<Entity> entities = tag("Orbitra, a satellite imaging start-up based in Kraków, has raised 40 million "
                + "euros. Orbitra sells images to farmers.\nPolish start-up Vexlo said it would hire 50 engineers.");

        assertThat(Mentions.types(entities, "Orbitra")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Vexlo")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void leavesAClubThatBeginsWithAGivenNameAnOrganisation() {
        List<Entity> entities = tag("SOCCER - RESULTS .\nHuddersfield 1 Crystal Palace 1\nSan Diego 3 Houston 2");

        assertThat(Mentions.types(entities, "Crystal Palace")).containsOnly(EntityType.ORGANIZATION);
        assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    void tagsAListedCompanyWithItsWikidataId() {
        Entity volkswagen = entity(tag("Shares in Volkswagen rose 3 percent on Tuesday."), "org:volkswagen-group");

        assertThat(volkswagen.wikidataId()).isEqualTo("Q156578");
    }

    @Test
    void takesAnOrdinaryWordThatNamesACompanyOnlyWhereTheModelFindsAnOrganisation() {
        assertThat(tag("Next week the minister will visit Berlin."))
                .extracting(Entity::id)
                .doesNotContain("org:next-plc");
        assertThat(tag("The retailer Next said sales fell in the spring."))
                .extracting(Entity::id)
                .contains("org:next-plc");
    }

    @Test
    void doesNotTakeAListedNameTheModelCallsAnEventForTheOrganisation() {
        List<Entity> entities = tag("Andre Agassi escaped disaster on Thursday but Wimbledon finalist MaliVai "
                + "Washington was not so fortunate.");

        assertThat(entities).extracting(Entity::name).doesNotContain("Wimbledon", "AFC Wimbledon");
    }

    @Test
    void findsTheClubThatAHeadlineInCapitalsNames() {
        Entity sevilla = entity(
                tag("SOCCER - VALENCIA BEAT SEVILLA 2-1 .\nValencia beat Sevilla 2-1 in La Liga on "
                        + "Sunday, with the striker scoring twice."),
                "org:sevilla-fc");

        assertThat(sevilla.mentions()).extracting(Mention::text).containsExactly("SEVILLA", "Sevilla");
    }

    @Test
    void takesANameInCapitalsThatOpensADatelineForThePlace() {
        assertThat(Mentions.types(tag("DENVER, Aug 22 (Reuters) - The city council voted on Tuesday."), "DENVER"))
                .containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesAnOlympicCodeInBracketsAfterAnAthletesNameForTheCountry() {
        List<Entity> entities = tag("Final, large hill: Anders Lien (NOR) 470.1 points, Jakub Wolny (POL) 455.0, "
                + "Peter Hlinka ( SVK ) 440.2. The Kenya Cricket Association (KEN) sent no one.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.COUNTRY)
                .extracting(Entity::id)
                .containsExactlyInAnyOrder("country:NO", "country:PL", "country:SK");
        assertThat(Mentions.types(entities, "KEN")).doesNotContain(EntityType.COUNTRY);
    }

    @Test
    void takesTheDatelinesPlaceOfASportsStoryInTokenisedWireCopyForThePlaceNotItsClub() {
        List<Entity> entities = tag("CRICKET - ENGLAND BEAT PAKISTAN BY 107 RUNS .\nSTUTTGART , Germany 1996-08-22\n"
                + "England beat Pakistan by 107 runs in the second one-day international on Saturday , and the "
                + "league leaders won again in the football .");

        assertThat(Mentions.types(entities, "STUTTGART")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesAMonarchsNumberAsPartOfTheName() {
        List<Entity> entities = tag("1533 - Queen Elizabeth I born . Pope Benedict XVI met Mario Draghi in Rome, and "
                + "afterwards Draghi said I was glad to see him.");

        List<String> mentions = entities.stream()
                .flatMap(entity -> entity.mentions().stream())
                .map(Mention::text)
                .toList();
        assertThat(mentions).contains("Elizabeth I").doesNotContain("I", "Elizabeth");
        assertThat(mentions).anyMatch(mention -> mention.endsWith("Benedict XVI"));
    }

    @Test
    void takesAKnownPlaceWrittenInCapitalsInAMixedCaseLineForTheGazetteersPlace() {
        List<Entity> entities =
                tag("SYDNEY - The harbour bridge reopened to traffic on Sunday after repairs, the city's "
                        + "mayor said. Sydney had waited three weeks.");

        Entity sydney = entity(entities, "location:sydney-au");
        assertThat(sydney.name()).isEqualTo("Sydney");
        assertThat(sydney.wikidataId()).isEqualTo("Q3130");
        assertThat(sydney.mentions()).extracting(Mention::text).containsExactly("SYDNEY", "Sydney");
        assertThat(entities).extracting(Entity::id).doesNotContain("location:sydney");
    }

    @Test
    void findsAPersonNamedInCapitalsInAPhotoCredit() {
        assertThat(tag("Fans queue outside the stadium in Lagos. Photo: TUNDE OGUNLEYE/AFP"))
                .extracting(Entity::id)
                .contains("person:tunde-ogunleye", "location:lagos-ng");
    }

    @Test
    void takesTheArticlesOwnNamesInAHeadlineInCapitalsForItsEntities() {
        List<Entity> entities = tagger.tag(List.of(
                        new Zone(ZoneName.HEADLINE, "KOLÁŘOVÁ'S PLAN TO SAVE THE OLD MILL WINS THE VOTE IN HRÁDEK"),
                        new Zone(
                                ZoneName.BODY,
                                "Mayor Jitka Kolářová won the council's vote on Tuesday. Kolářová said the old mill "
                                        + "in Hrádek would reopen as a library next spring, the first library in "
                                        + "Hrádek since 1990.")))
                .entities();

        assertThat(entity(entities, "person:jitka-kolarova").mentions())
                .extracting(Mention::text)
                .contains("KOLÁŘOVÁ");
        assertThat(Mentions.types(entities, "HRÁDEK")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void leavesAnOrdinaryWordOpeningTheSentenceOutOfTheNameAfterIt() {
        List<Entity> entities =
                tag("Shares of Douglas & Lomason Co were up 4-1/2 on Friday, after shares in " + "rivals fell.");

        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(Mention::text)
                .contains("Douglas & Lomason Co")
                .doesNotContain("Shares of Douglas & Lomason Co");
    }

    @Test
    void separatesTwoNamesJoinedByAndWhereOneStandsAloneElsewhere() {
        List<Entity> entities = tag("Weber said the most coveted bank out there is Mercantile, and that Commerce was "
                + "next. Mercantile and Commerce did not return phone calls seeking comment.");

        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(Mention::text)
                .contains("Mercantile")
                .doesNotContain("Mercantile and Commerce");
        assertThat(tag("He flew on to Trinidad and Tobago."))
                .extracting(Entity::id)
                .containsExactly("country:TT");
    }

    @Test
    void separatesAPlaceMadeAModifierFromTheNameAfterIt() {
        List<Entity> entities = tag("St. Louis-based Mercantile Bancorp Inc., a bank holding company, and Kansas City,"
                + " Mo.-based Commerce Bancshares Inc. were seen as buyers.");

        assertThat(Mentions.types(entities, "Mercantile Bancorp Inc.")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Commerce Bancshares Inc.")).containsOnly(EntityType.ORGANIZATION);
        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(Mention::text)
                .doesNotContain("St. Louis-based Mercantile Bancorp Inc.", "Mo.-based Commerce Bancshares Inc.");
    }

    @Test
    void takesAMuseumForAnInstitutionAndASeaOrAPalaceForAPlace() {
        List<Entity> entities = tag("The exhibition opens at the Uffizi Galleries on Friday, with loans from the "
                + "Rijksmuseum, a short walk from the Pitti Palace. Fishing quotas in the Baltic Sea were cut.");

        assertThat(Mentions.types(entities, "Uffizi Galleries")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Pitti Palace")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Baltic Sea")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesANameForAnOrganisationWhereTheArticleSaysWhatItIs() {
        List<Entity> entities = tag("Paystride will compete with Flutterwave, another Nigerian-founded payments firm. "
                + "Ngozi Eze, a fintech analyst at Afrinvest in Lagos, said the valuation was sensible.");

        assertThat(Mentions.types(entities, "Flutterwave")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Afrinvest")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesANameForAnOrganisationWhereWhichAndWhatItDoesFollowIt() {
        List<Entity> entities = tag("Marsa Azote profit more than doubles. Marsa Azote, which makes ammonium phosphate "
                + "fertilisers at a plant in Jorf Lasfar, sold more to India. Marsa Azote is one of the more liquid "
                + "stocks in Casablanca. Luxtram, which runs the existing tram, will operate the line. Ngozi Eze, "
                + "who runs the fund, said the valuation was sensible.");

        assertThat(Mentions.types(entities, "Marsa Azote")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Luxtram")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Ngozi Eze")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesANameForAnOrganisationWhereAnAppositionWhoseHeadIsABodyFollowsButNotAPersonsRoleAtABody() {
        List<Entity> entities = tag("Atlas Ipak will supply Tessiture Lariane, a textile company based on the shores "
                + "of Lake Como. Tessiture Lariane will pay in advance. Song Dae-hyun, a researcher at the Seoul "
                + "security firm Nine Tails Security, said the deal was fair. Hira Qureshi, the company’s co-founder, "
                + "agreed. Dario Castellucci, a property developer, did not.");

        assertThat(Mentions.types(entities, "Tessiture Lariane")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Song Dae-hyun")).containsOnly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "Hira Qureshi")).containsOnly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "Dario Castellucci")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesAGivenNameAloneForThePersonItBeginsWhereAVerbOfSayingFollows() {
        Entity castillo = entity(
                tag("Two goals from striker Jordan Castillo lifted Valencia. Jordan said the ball "
                        + "would come, and the coach agreed."),
                "person:jordan-castillo");

        assertThat(castillo.mentions()).extracting(Mention::text).containsExactly("Jordan Castillo", "Jordan");
    }

    @Test
    void takesAGivenNameAloneForThePersonItBeginsWhereAVerbAPersonDoesFollows() {
        List<Entity> entities = tag("Coffee growers win a higher floor price\nThe cooperative’s general manager, "
                + "Santiago Quispe Huamán, said the floor mattered more than the bonus. “The buyers could not tell us "
                + "where the coffee was grown,” he said. “Santiago can show me each farm on his phone.” Exports from "
                + "Santiago de Chuco rose by a fifth, and Santiago were not among the clubs that bought land.");

        assertThat(entity(entities, "person:santiago-quispe-huaman").mentions())
                .extracting(Mention::text)
                .containsExactly("Santiago Quispe Huamán", "Santiago");
    }

    @Test
    void takesTheFirstWordOfAnOrganisationsFullNameForTheOrganisationLaterOn() {
        List<Entity> entities = tag(
                "Kestrel Dynamics, a maker of small reconnaissance drones, raised 45 million euros. "
                        + "The round values Kestrel at about 300 million euros, and Kestrel competes with larger rivals.");

        assertThat(Mentions.types(entities, "Kestrel")).containsOnly(EntityType.ORGANIZATION);
        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.ORGANIZATION)
                .hasSize(1);
    }

    private static Entity entity(List<Entity> entities, String id) {
        return entities.stream()
                .filter(entity -> entity.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        id + " not among " + entities.stream().map(Entity::id).toList()));
    }

    @Test
    void takesAClubsOneWordNameThatIsItsCityForTheCityOutsideSport() {
        List<Entity> entities = tag("GRONINGEN, Netherlands 1996-08-30\nDutch police said on Friday they had found "
                + "a missing girl alive on a campsite in the northern city of Groningen.\n\"We have found her on a "
                + "campsite in Groningen thanks to tipoffs from the public.\"");

        assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Groningen")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void givesAGivenNameAloneThePersonWhoseFullNameItBegins() {
        List<Entity> entities = tag("Police found Nicole Nichterwitz alive on Friday. \"We have found Nicole on a "
                + "campsite,\" a spokesman said.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.PERSON)
                .singleElement()
                .satisfies(person -> assertThat(person.mentions())
                        .extracting(Mention::text)
                        .containsExactly("Nicole Nichterwitz", "Nicole"));
    }

    @Test
    void takesANameOnALineOfItsOwnThatBeginsWithAGivenNameForItsAuthor() {
        List<Entity> entities = tag("Emelia Sithole\nWASHINGTON 2026-03-30\nFactory orders rose in July and "
                + "manufacturing surged in the Midwest in August, reports said on Friday, sparking worries about "
                + "inflation.");

        assertThat(Mentions.types(entities, "Emelia Sithole")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesANameTheModelCallsAPlaceForAPersonWhenItsLastWordAloneScoresOrSpeaks() {
        List<Entity> entities = tag("After a sterile first half, France injected more sting in midfield with the "
                + "introduction of Juventus's Zinedine Zidane. Zidane scored twice.");

        assertThat(Mentions.types(entities, "Zinedine Zidane")).containsOnly(EntityType.PERSON);
    }

    @Test
    void separatesTwoNamesAtTheAndAfterANameTheGazetteersKnowWhole() {
        List<Entity> entities = tag("The loan was arranged by the European Bank for Reconstruction and Development and "
                + "Fondo Carsico Ventures, a fund based in Trieste.");

        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(Mention::text)
                .contains("European Bank for Reconstruction and Development", "Fondo Carsico Ventures")
                .noneMatch(text -> text.contains(" and Fondo"));
    }

    @Test
    void beginsAPersonsNameWithAGivenNameTakenForAPlaceWhereASurnameNoOneFoundFollows() {
        List<Entity> entities = tag("The survey was led by Sofia Marchetti-Lund, a geologist at the university, and "
                + "flights from Sofia Airport were cancelled. The grant went to Trinidad Ocampo, who runs the "
                + "shelter, and to Florence Adeyemi-Clarke.");

        assertThat(Mentions.types(entities, "Sofia Marchetti-Lund")).containsOnly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "Florence Adeyemi-Clarke")).containsOnly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "Sofia Airport")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesAOneWordNameForACompanyEverywhereOnceTheArticleCallsItOneEvenWhereTheModelAgreedThere() {
        List<Entity> entities = tag("The registry was never properly closed down after the collapse of the Dutch "
                + "company Verkano. The council met by video link. Verkano gave names away for free for more than a "
                + "decade. Verkano, whose former offices in Amsterdam were closed in 2024, has handed over the "
                + "records.");

        assertThat(Mentions.types(entities, "Verkano")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesAOneWordNameForACompanyInAnAppositionAfterAWordForABodyButNotASpeakerAfterIt() {
        List<Entity> entities = tag("The atolls’ phone and internet company, Kalotel, will use part of the first "
                + "payments to replace the satellite ground station, the minister said. “We will not sell the "
                + "company,” Tevita Fonua said.");

        assertThat(Mentions.types(entities, "Kalotel")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Tevita Fonua")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesTheOneWordNameAfterMembersOfForAnOrganisationButNotAPersonsPossessive() {
        List<Entity> entities = tag("Members of Tawassoul left the chamber before the vote, and members of Okafor’s "
                + "family stayed in the gallery.");

        assertThat(Mentions.types(entities, "Tawassoul")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Okafor")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesTheNameAfterSonOfForPartOfAPersonsNameWhateverTheModelTakesItFor() {
        List<Entity> entities =
                tag("Ismail bin Sidek, a skipper who took the divers out, said older fishermen had " + "seen it.");

        assertThat(Mentions.types(entities, "Ismail bin Sidek")).containsOnly(EntityType.PERSON);
        assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.ORGANIZATION);
    }

    @Test
    void takesTheWordForSonOfAndASesothoApostropheAsPartOfAPersonsName() {
        List<Entity> entities = tag("The guide, Moussa ag Intalla, led the survey, and ’Malineo Tsepiso, who chairs "
                + "the council, said the site would be fenced.");

        assertThat(Mentions.types(entities, "Moussa ag Intalla")).containsOnly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "’Malineo Tsepiso")).containsOnly(EntityType.PERSON);
        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(Mention::text)
                .doesNotContain("Moussa", "Intalla", "Malineo Tsepiso");
    }

    @Test
    void takesAnAcronymTheModelCallsAPersonForAnOrganisationInALineInSmallLetters() {
        List<Entity> entities = tag(
                "Both mobile networks, TATT and Digicel, have agreed to let customers use the app "
                        + "without it counting against their data, Ramdeen said. Kowalczyk and TAMI said the pipeline was late.");
        List<Entity> caps = tag("CRICKET - SHEFFIELD SHIELD SCORES .\nHOBART - Scores on the first day : "
                + "TASMANIA 288 ( BOON 101 , ELLIS 54 )");

        assertThat(Mentions.types(entities, "TATT")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "TAMI")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(caps, "ELLIS")).doesNotContain(EntityType.ORGANIZATION);
    }

    private List<Entity> tag(String body) {
        return tagger.tag(List.of(new Zone(ZoneName.BODY, body))).entities();
    }
}
