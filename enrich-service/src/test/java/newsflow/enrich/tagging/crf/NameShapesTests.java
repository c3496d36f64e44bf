package newsflow.enrich.tagging.crf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import org.junit.jupiter.api.Test;

/**
 * Names told by their shape or by the words around them: names written family name first, given names the model left
 * out, prefixes in small letters, legal forms that open a name, ice caps, rivers named without their word, places an
 * apposition names and bodies an apposition names, provinces' halves and capes, companies' national arms, funds,
 * Welsh names and bodies, parties named by a nationality, places that a person of the article is named after,
 * UNESCO's World Heritage list, diseases named after places, firms named by their trade in Spanish and
 * other languages, journals, forts and mountains named without their word, a country's bodies and broadcasters,
 * feasts, a party's and a body's country after "of", places before "-born" and "-based", firms after "firm", and a
 * club by the first word of its full name.
 */
class NameShapesTests {

    private final CrfGazetteerTagger tagger = LoadedTagger.get();

    @Test
    void takesKoreanNamesWrittenFamilyNameFirstForPeopleAndTheFamilyNameAloneForTheSamePerson() {
        List<Entity> entities = tag(
                "Tigers win the series in Gwangju",
                "For Bang Seung-ho, the Tigers manager, who was born in the city, it was special. “This city has had "
                        + "hard years,” Bang said.\nFans celebrate at second base. Seo Eun-ji/Yonhap\nInvestors in "
                        + "Hong Kong-based funds were calm.");

        assertThat(Mentions.types(entities, "Bang Seung-ho")).containsExactly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "Seo Eun-ji")).containsExactly(EntityType.PERSON);
        assertThat(Mentions.of(entities, "person:bang-seung-ho")).containsExactly("Bang Seung-ho", "Bang");
        assertThat(Mentions.types(entities, "Hong Kong-based")).doesNotContain(EntityType.PERSON);
    }

    @Test
    void beginsAPersonsNameWithTheGivenNameTheModelLeftOutButNotWithATitleOrADay() {
        List<Entity> entities = tag(
                "Glacier study",
                "The ice is melting fast, scientists say. René Quispe Yupanqui, a hydrologist at the university, said "
                        + "so. On Sunday Houston Merritt said the same. Co-Premiers Prince Norodom Ranariddh and Hun Sen agreed earlier "
                        + "this week to the king's request.");

        assertThat(Mentions.types(entities, "René Quispe Yupanqui")).containsExactly(EntityType.PERSON);
        assertThat(Mentions.texts(entities))
                .doesNotContain("Quispe Yupanqui", "Sunday Houston Merritt", "Prince Norodom Ranariddh");
    }

    @Test
    void keepsANounClassPrefixInSmallLettersInTheName() {
        List<Entity> entities = tag(
                "Coelacanths filmed",
                "The vehicle spent 19 days in the submarine canyons off iSimangaliso Wetland Park and filmed 58 fish.");

        assertThat(Mentions.types(entities, "iSimangaliso Wetland Park")).containsExactly(EntityType.LOCATION);
    }

    @Test
    void takesNamesWithAnIndonesianOrAnAmericanLegalFormAndABrokersWordForOrganisations() {
        List<Entity> entities = tag(
                "Nickel output rises",
                "PT Indonesia Morowali Industrial Park said output rose, said Stefani Wirjawan, a metals analyst at "
                        + "Mandiri Sekuritas in Jakarta. Nunavut Tunngavik Incorporated said the claims office in "
                        + "Iqaluit would open.");

        assertThat(Mentions.types(entities, "PT Indonesia Morowali Industrial Park"))
                .containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Mandiri Sekuritas")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Nunavut Tunngavik Incorporated")).containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void takesAnIceCapALoughAndARiverNamedWithoutItsWordForPlaces() {
        List<Entity> entities = tag(
                "Bridge row",
                "CUSCO, Peru — The Quelccaya Ice Cap, a dome of ice, is shrinking. Councillors back a new footbridge "
                        + "over the River Moy in Ballina. Salmon numbers on the Moy have fallen, and fish move up "
                        + "towards Lough Conn. Anglers on the bank of the Moy were angry.");

        assertThat(Mentions.types(entities, "Quelccaya Ice Cap")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Lough Conn")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Moy")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesANameAnAppositionCallsACityForAPlaceAndOneItCallsAFederationForABody() {
        List<Entity> entities = tag(
                "Count goes on",
                "He pointed out that El Alto, the fast-growing city above the capital, had also asked for a recount. "
                        + "Évelyne Kohler-Sautebin, a historian of the region, said so. The FERWACY, the national "
                        + "federation, says it wants the race moved up. The national weather service, SENAMHI, "
                        + "installed two stations.");

        assertThat(Mentions.types(entities, "El Alto")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Évelyne Kohler-Sautebin")).containsExactly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "FERWACY")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "SENAMHI")).containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void takesAOneWordNameAfterAPrepositionOfGoingSomewhereForAPlaceWhereNoPersonBearsIt() {
        List<Entity> entities = tag(
                "Power plant starts selling",
                "ROSEAU, Dominica — The geothermal power station at Laudat began selling electricity on Tuesday. The "
                        + "trams will run to Broadmeadow if the city gets its way. Qidra had said the man was held, "
                        + "and rights groups wrote letters to Qidra. The bodies were found in a house belonging to "
                        + "Detroux.");

        assertThat(Mentions.types(entities, "Laudat")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Broadmeadow")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Qidra")).doesNotContain(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Detroux")).doesNotContain(EntityType.LOCATION);
    }

    @Test
    void takesATownOfMoreWordsTheModelCallsAPersonAfterFromForThePlaceWhereTheListOfPlaceNamesHasIt() {
        List<Entity> entities = tag(
                "Camel sold for a record",
                "Hamad Al-Kuwari, a customs officer from Al Khor, paid 38,000 riyals for the camel. The night bus "
                        + "from Da Nang arrived late.");

        assertThat(Mentions.types(entities, "Al Khor")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Da Nang")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Hamad Al-Kuwari")).containsExactly(EntityType.PERSON);
    }

    @Test
    void takesATownsNameWithAParticleInSmallLettersForOnePlaceButNotAPersonsNameOrAListOfTwoPlaces() {
        List<Entity> entities = tag(
                "Border towns trade again",
                "Rivera is separated from the Brazilian city of Santana do Livramento only by a wide avenue. Fans made "
                        + "the journey from San Juan y Martínez, in the tobacco country. The museum hangs two paintings "
                        + "by Tarsila do Amaral beside his.");

        assertThat(Mentions.types(entities, "Santana do Livramento")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "San Juan y Martínez")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.texts(entities)).doesNotContain("Santana", "Livramento", "Martínez");
        assertThat(Mentions.types(entities, "Tarsila do Amaral")).doesNotContain(EntityType.LOCATION);
    }

    @Test
    void takesATownOfThePlaceListForThePlaceWhereItIsPutSomewhereThoughAnotherMentionIsAPossessive() {
        List<Entity> entities = tag(
                "Chip designer gets its silicon back",
                "Son Tra Silicon raises $28 million as Da Nang’s first chip designer gets its silicon back. The "
                        + "start-up, based in Da Nang, employs 64 people. Da Nang has the engineers and the sea.");

        assertThat(Mentions.types(entities, "Da Nang")).containsExactly(EntityType.LOCATION);
    }

    @Test
    void takesTheFirstWordOfAClubsFullNameForTheClubInSportHoweverOftenTheModelCallsItAPerson() {
        List<Entity> entities = tag(
                "Ferdiansyah settles the derby as Persib beat Persija in front of an away end that was not there",
                "BANDUNG — For the sixth season running, the police and the league barred Persija Jakarta supporters "
                        + "from travelling to the most heated fixture in Indonesian football. Those who came heard "
                        + "Persib Bandung win it 1–0.\n\"The yellow card I will frame,\" Ferdiansyah said. \"My father "
                        + "used to bring me here on his motorbike. He told me one day I would score against Persija. "
                        + "He was only joking.\"\nFerdiansyah Nugraha heads Persib in front against Persija at the "
                        + "Gelora Bandung Lautan Api Stadium. Photo: Yudha Pratama Sumirat/Antara\nPersija had the "
                        + "better of the second half. Their Japanese playmaker, Kenta Morimoto, struck a post from 25 "
                        + "metres.\nPersija coach Bambang Sutrisno Wibowo said the absence of his club's fans had been "
                        + "felt by his players.\nDedi Suryadi Kusuma, a senior commissioner who led the operation, said "
                        + "14 Persija supporters had been turned back at checkpoints in West Java.\nThe win lifts Persib "
                        + "back to the top of the table, a point ahead of Persija with three games left.");

        assertThat(Mentions.types(entities, "Persija")).doesNotContain(EntityType.PERSON);
        assertThat(Mentions.types(entities, "Bambang Sutrisno Wibowo")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesATownThatIsAlsoAGivenNameForThePlaceEverywhereWhereSomethingIsSentToItAndNoPersonBearsIt() {
        List<Entity> entities = tag(
                "Hospital closes its night ward",
                "Patients who need to stay the night will be sent to Burnie, two hours away. Her husband was treated "
                        + "at the regional hospital in Burnie. Burnie is a long drive on a winding road. Rights groups "
                        + "wrote letters to Stanley, who had said nothing.");

        assertThat(Mentions.types(entities, "Burnie")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.of(entities, "location:burnie")).containsExactly("Burnie", "Burnie", "Burnie");
        assertThat(Mentions.types(entities, "Stanley")).doesNotContain(EntityType.LOCATION);
    }

    @Test
    void takesANameTheModelCallsAPersonBetweenTheAndAWordForALandformOrASiteForThePlace() {
        List<Entity> entities = tag(
                "Winter in the camps",
                "Aid workers in and around Mafraq and the Zaatari camp said the winter was hard. Shepherds moved into "
                        + "the valley under the Ponce ridge. Lina Ponce, a nurse, said the children were cold.");

        assertThat(Mentions.types(entities, "Zaatari")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Lina Ponce")).containsExactly(EntityType.PERSON);
    }

    @Test
    void leavesARankOrANationalityBeforeAPersonsNameOutOfIt() {
        List<Entity> entities = tag(
                "Rally ends",
                "Doctor Masserigne Ndiaye said the staff were overwhelmed. Makinen stopped fellow Finn Juha "
                        + "Kankkunen on the final day.");

        assertThat(Mentions.texts(entities)).contains("Masserigne Ndiaye", "Juha Kankkunen");
    }

    @Test
    void takesParliamentsByTheirOwnNamesAndCompaniesByTheWordsOfTheirTradesForOrganisations() {
        List<Entity> entities = tag(
                "Budget vote",
                "The Eduskunta passed the budget on Friday, and the Seimas will vote next week. Finnish deputies "
                        + "said so. Maison Véron, Lowveld Ledger and Ponce Biologics all reported losses, as did "
                        + "Buda Musique.");

        assertThat(Mentions.types(entities, "Eduskunta")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Seimas")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Finnish")).containsExactly(EntityType.COUNTRY);
        assertThat(Mentions.types(entities, "Maison Véron")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Lowveld Ledger")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Ponce Biologics")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Buda Musique")).containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void takesABodyNamedByAWordAndACountryOrAShopForAnOrganisationButNotARegionOfTheCountry() {
        List<Entity> entities = tag(
                "Flood plan",
                "The weir at Athlone is managed by Waterways Ireland, which said it would release more water. "
                        + "Exporters in Latin America and Northern Ireland watched. The Cuba Cheese Shoppe stayed "
                        + "open, and subscribers of Orange Jordan lost service.");

        assertThat(Mentions.types(entities, "Waterways Ireland")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Latin America")).doesNotContain(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Cuba Cheese Shoppe")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Orange Jordan")).containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void takesANameThatBeginsWithACountrysNameAndGoesOnWithNoPlacesWordForAnOrganisation() {
        List<Entity> entities = tag(
                "Dry port expands",
                "The port, majority-owned by the national railway Kazakhstan Temir Zholy, is where containers are "
                        + "lifted. Under rules agreed in Port Vila with the Vanuatu Cultural Centre, every crew must "
                        + "register. The ferry from Panama City was late, and the players flew on to Indian Wells.");

        assertThat(Mentions.types(entities, "Kazakhstan Temir Zholy")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Vanuatu Cultural Centre")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Panama City")).containsExactly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Indian Wells")).containsExactly(EntityType.LOCATION);
    }

    @Test
    void takesAForumForABody() {
        List<Entity> entities = tag(
                "Fisheries talks",
                "Leaders will meet at the Pacific Islands Forum in Honiara next month to discuss the tuna treaty.");

        assertThat(Mentions.types(entities, "Pacific Islands Forum")).containsExactly(EntityType.ORGANIZATION);
    }

    @Test
    void takesEveryMentionOfAVolcanoAnAppositionNamesForThePlace() {
        List<Entity> entities = tag(
                "Klyuchevskoy sends ash 12 km high",
                "PETROPAVLOVSK-KAMCHATSKY, March 9 (TASS) — Klyuchevskoy, the tallest active volcano in Russia, threw "
                        + "a column of ash. Klyuchevskoy has erupted in most years this century.");

        assertThat(Mentions.types(entities, "Klyuchevskoy")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesANameAfterAPrepositionOfPlaceThatOpensASentenceForAPlace() {
        List<Entity> entities = tag(
                "Turnout falls",
                "The alliance's vote there fell by almost 12 points. In Piedras Negras, across the river from Eagle "
                        + "Pass, turnout was the lowest in a decade.");

        assertThat(Mentions.types(entities, "Piedras Negras")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesANameAfterAKindOfPlaceAndOfForAPlace() {
        List<Entity> entities = tag(
                "Catch falls",
                "The boats came back half empty this week. The governor met fishermen in the village of Tavares, "
                        + "where the catch fell by half.");

        assertThat(Mentions.types(entities, "Tavares")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesAProvincesHalfAndACapeForPlaces() {
        List<Entity> entities = tag(
                "Blankets that carried whole lives",
                "The blankets were woven on foot looms under the stilt houses of Ilocos Sur and Ilocos Norte and "
                        + "handed down until they wore through. Samples from Cape Maclear show a cross between two "
                        + "forms of the parasite.");

        assertThat(Mentions.types(entities, "Ilocos Norte")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Ilocos Sur")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Cape Maclear")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesACompanysNationalArmForAnOrganisationAndLeavesTheCountryItsName() {
        List<Entity> entities = tag(
                "Growers wait on bonus",
                "In Nandi Hills, the estates of James Finlay Kenya, one of the big multinational growers, have "
                        + "already cut plucking shifts. Brokers blame Pakistan, which buys about 40 per cent of "
                        + "Kenya's black tea. The chairwoman, Dacia Moldovan, was not available.");

        assertThat(Mentions.types(entities, "James Finlay Kenya")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Kenya")).containsOnly(EntityType.COUNTRY);
        assertThat(Mentions.types(entities, "Dacia Moldovan")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesAFundNamedCapitalForAnOrganisation() {
        List<Entity> entities = tag(
                "Drone start-up expands",
                "Gbeto Aerial raised $900,000 last year from Janngo Capital and a fund backed by MTN Benin, and "
                        + "employs 31 people.");

        assertThat(Mentions.types(entities, "Janngo Capital")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void joinsAWelshNameAcrossApAndTakesWelshBodiesForOrganisations() {
        List<Entity> entities = tag(
                "Town gets its bank back",
                "“In this town, you lost a morning every week driving to the coast to bank your takings,” said Gwion ap "
                        + "Dafydd, who runs a hardware shop. Cyngor Tref Machynlleth voted for the hub on Thursday, "
                        + "and the economy committee of the Senedd is due to report in the spring.");

        assertThat(Mentions.types(entities, "Gwion ap Dafydd")).containsOnly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "Cyngor Tref Machynlleth")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Senedd")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesAPartyNamedByANationalityForAnOrganisation() {
        List<Entity> entities = tag(
                "Town still has no mayor",
                "The Europe Now! Movement and New Serb Democracy each hold half the councillors they need. Her rivals "
                        + "in New Serb Democracy, which finished a close second, say they will wait.");

        assertThat(Mentions.types(entities, "New Serb Democracy")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.texts(entities))
                .filteredOn("New Serb Democracy"::equals)
                .hasSize(2);
    }

    @Test
    void leavesAVerbThatAsksOutOfTheNameAfterIt() {
        List<Entity> entities = tag(
                "Government survives censure vote",
                "Fátima Medeiros, who chairs the group, voted with the government. Asked whether he had been promised "
                        + "anything in return, he smiled. “Ask Fátima,” he said.");

        assertThat(Mentions.texts(entities)).doesNotContain("Ask Fátima");
    }

    @Test
    void takesAPlaceAfterInForThePlaceThoughAPersonOfTheArticleBearsItsName() {
        List<Entity> entities = tag(
                "Sugar exporter cuts forecast",
                "“The sky we cannot negotiate with,” the chief financial officer, Sibusiso Manzini, told analysts on a "
                        + "call from the company's offices in Manzini. Manzini, who joked about his name, said the "
                        + "drought had cost a tenth of the crop.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.LOCATION)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .containsExactly("Manzini");
        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.PERSON)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .containsExactly("Sibusiso Manzini", "Manzini");
    }

    @Test
    void takesUnescoOutOfItsWorldHeritageListAndTheListForNoBody() {
        List<Entity> entities = tag(
                "Old town restored",
                "The walled town became a UNESCO World Heritage site in 1997. Its harbour is a World Heritage Site "
                        + "too.");

        assertThat(Mentions.types(entities, "UNESCO")).containsExactly(EntityType.ORGANIZATION);
        assertThat(Mentions.texts(entities)).noneMatch(text -> text.contains("World Heritage"));
    }

    @Test
    void takesNoPlaceFromTheNameOfADiseaseOrAVirus() {
        List<Entity> entities = tag(
                "Lassa virus found in rats in four new states",
                "Researchers say they have found the Lassa virus in rodents in four states. Lassa fever kills roughly "
                        + "one in five patients admitted to hospital. The strains are related to those found near "
                        + "Lassa, the town in Borno State where the disease was first described in 1969.");

        assertThat(Mentions.texts(entities)).filteredOn("Lassa"::equals).hasSize(1);
    }

    @Test
    void takesSpanishAndPortugueseFirmsNamedByTheirTradeForOrganisationsAndTheIndexProviderAndSloveniasParliament() {
        List<Entity> entities = tag(
                "Subsea cable comes ashore",
                "The cable is owned by Desarrollo País, the state infrastructure company. Desarrollo País said the "
                        + "link would open in 2027. Analysts at Consultora Rincón del Bonete expect prices to fall. "
                        + "Shares rose after FTSE Russell said it would upgrade the market, and the Državni zbor "
                        + "approved the budget.");

        assertThat(Mentions.types(entities, "Desarrollo País")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Consultora Rincón del Bonete")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "FTSE Russell")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Državni zbor")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesJournalsUtilitiesBanksAndRailwaysNamedByTheirTradeForOrganisations() {
        List<Entity> entities = tag(
                "Coal plant to close",
                "The findings appear in the journal Zootaxa. The plan asks Elektroprivreda Crne Gore, the "
                        + "state-controlled utility that owns the mine, to pay. Betri Banki will lend the money. The mayor "
                        + "said the municipality had asked Infraestruturas de Portugal, the state company that manages "
                        + "roads, for engineers.");

        assertThat(Mentions.types(entities, "Zootaxa")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Elektroprivreda Crne Gore")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Betri Banki")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Infraestruturas de Portugal")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesTurkishMalteseAndIndonesianInstitutionsNamedInTheirOwnLanguageForOrganisations() {
        List<Entity> entities = tag(
                "Exporters worried",
                "Exports fell 7 per cent, according to Denizli İhracatçılar Birliği, the city's exporters' union. "
                        + "The fishermen have written to the Kunsill Lokali Marsaxlokk, the village council, and Otoritas Jasa "
                        + "Keuangan said it would look at the loans.");

        assertThat(Mentions.types(entities, "Denizli İhracatçılar Birliği")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Kunsill Lokali Marsaxlokk")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Otoritas Jasa Keuangan")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesACompanyByTheWordForItsTradeAndAWorkshopNamedInSpanishForOrganisations() {
        List<Entity> entities = tag(
                "Mill reopens",
                "The steel frame was made by Tāwhiri Structural, and the olive oil comes from Huileries Zarzis, "
                        + "which exports to Italy. The restoration was led by Taller Andino de Restauración.");

        assertThat(Mentions.types(entities, "Tāwhiri Structural")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Taller Andino de Restauración")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesAStartUpByItsAcceleratorsNetworksOrTechnologysWordForAnOrganisation() {
        List<Entity> entities = tag(
                "Flood sensors",
                "The sensors come from Maré Alerta Tecnologia, which grew out of the Ribeira Accelerator, and the "
                        + "villages are linked by the Baram Uma Network.");

        assertThat(Mentions.types(entities, "Maré Alerta Tecnologia")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Ribeira Accelerator")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Baram Uma Network")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesANameBeginningWithAClubsAbbreviationTheModelCallsAPersonForAnOrganisation() {
        List<Entity> entities = tag(
                "Ski jumping",
                "He learned to ski on the slopes above his village and joined the local club, SK Mojstrana, at "
                        + "the age of seven. The club's president said three buses had left the village at five.");

        assertThat(Mentions.types(entities, "SK Mojstrana")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesTheFirstWordsOfACompanysNameWithItsLegalFormForTheCompany() {
        List<Entity> entities = tag(
                "Chile's Litio Andino signs lithium supply deal",
                "SANTIAGO, May 6 — Litio Andino Maricunga SpA, a privately held Chilean lithium developer, said on "
                        + "Wednesday it had agreed to supply a Korean battery maker. The buyer will also take a stake "
                        + "in the company for $62 million, Litio Andino said in a statement.");

        assertThat(Mentions.types(entities, "Litio Andino")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesAClubNamedByStadeAndItsTownsAdjectiveOrByAHapoelForTheClub() {
        List<Entity> entities = tag(
                "Toulouse through",
                "TOULOUSE — Romain Lourdes scored two tries as Stade Toulousain beat Leinster 32-24 in the Champions "
                        + "Cup quarter-final on Saturday. Both basketball clubs are back in European competition on "
                        + "Wednesday: Rytas travel to Hapoel Tel Aviv in the EuroCup quarter-finals.");

        assertThat(Mentions.types(entities, "Stade Toulousain")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Hapoel Tel Aviv")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesACompoundEndingInAnAssociationsWordAndDutchTurkishAndMalayInstitutionsForOrganisations() {
        List<Entity> entities = tag(
                "Rent row",
                "The tenants' group Malmbergets Hyresgästförening said on Monday that rents would rise, and Suomen "
                        + "Jääkiekkoliitto moved the final. Stichting Dorpshuis Lemmer will run the new hall, and the "
                        + "carpets came from Yılmaz Kardeşler Halı.");

        assertThat(Mentions.types(entities, "Malmbergets Hyresgästförening")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Suomen Jääkiekkoliitto")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Stichting Dorpshuis Lemmer")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Yılmaz Kardeşler Halı")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesEstonianUniversitiesPartiesByTheirOwnWordsIrishStateBodiesAndNordicCouncilsForOrganisations() {
        List<Entity> entities = tag(
                "Coalition talks",
                "Researchers at Tartu Ülikool said turnout fell. Druk Phuensum Tshogpa and Samagi Jana Balawegaya "
                        + "both lost seats, and Vanua'aku Pati kept its two. Uisce Éireann will fix the pipe, and "
                        + "Tórshavnar kommuna will pay for the new school, its mayor Rúni Joensen said.");

        assertThat(Mentions.types(entities, "Tartu Ülikool")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Druk Phuensum Tshogpa")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Samagi Jana Balawegaya")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Vanua'aku Pati")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Uisce Éireann")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Tórshavnar kommuna")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Rúni Joensen")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesACourtTheModelCallsAPlaceAfterInTheForTheBody() {
        List<Entity> entities = tag(
                "Land row",
                "The village council said it would seek an injunction in the High Court. The minister "
                        + "rejected the claim.");

        assertThat(Mentions.types(entities, "High Court")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void beginsAPlacesNameWithTheWordForAFortOrAMountainTheModelLeftOut() {
        List<Entity> entities = tag(
                "Lakes study",
                "Fireworks will go ahead on Saturday night as planned, she said, and residents from as far as Fort "
                        + "Wayne were still expected. Exporters in Mount Hagen said the boom would not last if the "
                        + "industry could not guarantee delivery.");

        assertThat(Mentions.types(entities, "Fort Wayne")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Mount Hagen")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.texts(entities)).doesNotContain("Wayne", "Hagen");
    }

    @Test
    void takesACountrysBodyAndANationalBroadcasterForOrganisationsAndAFeastForNoName() {
        List<Entity> entities = tag(
                "Opera review",
                "Latvian Television will broadcast a recording at Christmas. The central bank, Bangladesh Bank, has "
                        + "yet to decide.");

        assertThat(Mentions.types(entities, "Latvian Television")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Bangladesh Bank")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.texts(entities)).doesNotContain("Christmas", "Latvian");
    }

    @Test
    void keepsTheCountryAfterAPossessivePartysNameAndAfterABodysSubjectInTheName() {
        List<Entity> entities = tag(
                "Vote",
                "Ak Zhol and the People’s Party of Kazakhstan are contesting two each. Repairs, which the Institute "
                        + "for the Protection of Cultural Heritage of Slovenia must approve, are expected to cost more. "
                        + "The Public Authority for Special Economic Zones and Free Zones, which runs the economic zone "
                        + "around the port, agreed.");

        assertThat(Mentions.types(entities, "People’s Party of Kazakhstan")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Institute for the Protection of Cultural Heritage of Slovenia"))
                .containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Public Authority for Special Economic Zones and Free Zones"))
                .containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.texts(entities)).doesNotContain("Kazakhstan", "Slovenia", "Free Zones");
    }

    @Test
    void findsAPlaceOfTwoWordsBeforeAHyphenatedSuffix() {
        List<Entity> entities = tag(
                "Squad named",
                "The list of 18 includes the Puerto Rican-born guard Ray Oyelaran and a New York-based doctor.");

        assertThat(Mentions.of(entities, "country:PR")).containsExactly("Puerto Rican");
        assertThat(Mentions.texts(entities)).contains("New York");
    }

    @Test
    void takesATwoWordNameAfterAWordForAFirmForTheFirm() {
        List<Entity> entities = tag(
                "Bridge to close",
                "The council has invited bids, and the engineering firm Mostogradnja Kranj carried out the survey.");

        assertThat(Mentions.types(entities, "Mostogradnja Kranj")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void keepsTheWordForALakeThatOpensAHeadlineInThePlacesName() {
        List<Entity> entities = tag(
                "Lake Ohrid law passes at last",
                "The law bans construction within 100 metres of the lake’s shore for five years, and hotel owners in "
                        + "the town said they would sue.");

        assertThat(Mentions.types(entities, "Lake Ohrid")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.texts(entities)).doesNotContain("Ohrid");
    }

    @Test
    void takesANationalAdministrationAndPlantationsForBodiesAndCutsANameAtASpacedDash() {
        List<Entity> entities = tag(
                "Road to close",
                "The Norwegian Public Roads Administration will close the road for two weeks. Kelani Valley "
                        + "Plantations and Watawala Plantations raised wages.\nTAGUM — Banana growers in the province "
                        + "said the new port would cut costs.");

        assertThat(Mentions.types(entities, "Norwegian Public Roads Administration"))
                .containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Kelani Valley Plantations")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.texts(entities)).noneMatch(text -> text.contains(" — "));
    }

    private List<Entity> tag(String headline, String body) {
        return tagger.tag(List.of(new Zone(ZoneName.HEADLINE, headline), new Zone(ZoneName.BODY, body)))
                .entities();
    }
}
