package newsflow.enrich.tagging.crf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.Mention;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import org.junit.jupiter.api.Test;

/** US states as college teams or as places, names the model runs together, venues and companies the article names. */
class NamesInContextTests {

    private final CrfGazetteerTagger tagger = LoadedTagger.get();

    @Test
    void takesAStateForItsCollegeTeamInAnArticleAboutCollegeSport() {
        List<Entity> entities = tag(
                "Georgia beat Alabama in the SEC title game",
                "FINAL · Georgia 27, Alabama 24\nNo. 3 Georgia won the Southeastern Conference title in Atlanta on "
                        + "Saturday, the Bulldogs' second in three seasons. The coach said the quarterback earned the win. "
                        + "Fans drove in from across Alabama for the game, a college football classic.");

        assertThat(Mentions.types(entities, "Georgia")).containsOnly(EntityType.ORGANIZATION);
        assertThat(entities).extracting(Entity::id).doesNotContain("country:GE");
        assertThat(Mentions.types(entities, "Alabama")).contains(EntityType.ORGANIZATION);
    }

    @Test
    void takesAStateForItsTeamInAnySmallerConferenceThoughAPlayersGivenNameEndsItsName() {
        List<Entity> entities = tag(
                "Brandvold sends Bison past North Dakota",
                "FARGO — For 40 minutes the state's two Summit League rivals traded baskets, and neither could put "
                        + "the other away. Then Dakota Brandvold took over. The forward scored 31 points as North "
                        + "Dakota State beat North Dakota 78-74 in overtime. \"Dakota wanted the ball,\" the coach said. "
                        + "North Dakota had led by nine early in the second half.");

        assertThat(Mentions.types(entities, "North Dakota")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Dakota Brandvold")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesATownAndANicknameInTheSingularForATeamInAnArticleAboutSport() {
        List<Entity> entities = tag(
                "Calypso Girls fall short in Kingston",
                "The Trinidadian captain, Kernisha Alleyne-Boodoo, who plays for Manchester Thunder, was outstanding at "
                        + "goal keeper, with six intercepts. The netball series ends on Sunday after the third Test, and "
                        + "the coach said the team would win the match.");

        assertThat(Mentions.types(entities, "Manchester Thunder")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesATownAndANicknameInThePluralTheModelCallsAPlaceForATeamInAnArticleAboutSport() {
        List<Entity> entities = tag(
                "Gurkhas edge Lalitpur",
                "The captain said the team would win the match, and the coach praised the bowlers after the cricket "
                        + "final on Sunday.\n\nKathmandu Gurkhas beat Lalitpur Patriots by six wickets at Mulpani.");

        assertThat(Mentions.types(entities, "Kathmandu Gurkhas")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void joinsTheNameOfThePersonAUniversityIsNamedAfterToItsName() {
        List<Entity> entities = tag(
                "Public jobs cut in Slavonia",
                "Damir Galić, a demographer at the Josip Juraj Strossmayer University of Osijek, said several "
                        + "thousand public jobs had already gone.");

        assertThat(entities)
                .extracting(Entity::name)
                .contains("Josip Juraj Strossmayer University of Osijek")
                .doesNotContain("Josip Juraj Strossmayer");
    }

    @Test
    void keepsACountrysNameTheCountryAfterABodyTheModelTakesForAPersonNamedAfterIt() {
        List<Entity> entities = tag(
                "Water cuts return in Mayotte",
                "MAMOUDZOU, Mayotte — Households in most of Mayotte will go back to getting water on two days out of "
                        + "three. The water company, Les Eaux de Mayotte, said taps would be turned off from 4pm to 8am.");

        assertThat(Mentions.types(entities, "Mayotte")).containsOnly(EntityType.COUNTRY);
    }

    @Test
    void takesTheNamesOfARoundUpOfOtherResultsForTeamsWhole() {
        List<Entity> entities = tag(
                "Rugby union results",
                "Results of English and Scottish rugby union matches on Saturday, and the coach of each team said the "
                        + "win was earned:\nNorthampton 46 West Hartlepool 20\nJed-Forest 17 Watsonians 54\n"
                        + "Elsewhere: Toronto Argonauts 24 Hamilton Tiger-Cats 27.\nMenon-Garza 44, Sandoval-Iyer 31.\n"
                        + "Aug 27 Aug 26");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name)
                .contains("West Hartlepool", "Jed-Forest", "Toronto Argonauts");
        assertThat(entities).extracting(Entity::name).doesNotContain("Hartlepool", "Sandoval-Iyer", "Aug");
    }

    @Test
    void takesGeorgiaForTheUsStateInAnArticleAboutUsPolitics() {
        List<Entity> entities = tag(
                "Senate race in Georgia tied",
                "ATLANTA — The race for one of Georgia's two seats in the U.S. Senate is a dead heat. Voters in Cobb "
                        + "County, the Republican said, will decide it. Georgians vote on November 3.");

        assertThat(Mentions.types(entities, "Georgia")).containsOnly(EntityType.LOCATION);
        assertThat(entities).extracting(Entity::id).doesNotContain("country:GE");
    }

    @Test
    void keepsGeorgiaTheCountryInAnArticleAboutTheCaucasus() {
        List<Entity> entities = tag(
                "Protests in Tbilisi",
                "Thousands marched in Tbilisi against Georgian Dream, and the U.S. Senate and Republicans in "
                        + "Washington criticised the government of Georgia.");

        assertThat(entities).extracting(Entity::id).contains("country:GE");
    }

    @Test
    void separatesTwoNamesJoinedByAsAndAnInstitutionFromThePlaceItIsIn() {
        List<Entity> entities = tag(
                "Bayern held at Dortmund as Leverkusen close gap",
                "Ingrid Solheim, who studies glaciers at the Norwegian Polar Institute in Tromsø and was not "
                        + "involved in the survey, said the figures were alarming.");

        List<String> texts = Mentions.texts(entities);
        assertThat(texts)
                .contains("Dortmund", "Leverkusen", "Norwegian Polar Institute", "Tromsø")
                .doesNotContain("Dortmund as Leverkusen", "Norwegian Polar Institute in Tromsø");
        assertThat(Mentions.types(entities, "Tromsø")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesAStadiumNamedAfterStadioForAPlace() {
        List<Entity> entities = tag(
                "Derby ends level",
                "The match was watched by 75,817 people, a record for the fixture since the stadium's capacity was "
                        + "reduced. The future of the Stadio Giuseppe Meazza, which both clubs share, hangs over the "
                        + "derby.");

        assertThat(Mentions.types(entities, "Stadio Giuseppe Meazza")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesAOneWordNameForAnOrganisationWhereTheArticleCallsItAWholesalerAGangOrABand() {
        List<Entity> entities = tag(
                "Ransomware attack on wholesaler Tukkuri leaves shops short of food",
                "The Akira gang says it stole 600GB of data from Tukkuri. Tukkuri said it would not pay. A group "
                        + "calling itself Akira claimed the attack. On Friday the Copenhagen band Mørkeland played, "
                        + "and Mørkeland said they would return.");

        assertThat(Mentions.types(entities, "Tukkuri")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Akira")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Mørkeland")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void findsAOneWordCompanyEverywhereOnceTheArticleCallsItACompany() {
        List<Entity> entities = tag(
                "RBI licence for Bengaluru start-up KhataPay sharpens fight for payments",
                "KhataPay, a Bengaluru start-up that began as a digital ledger for grocery stores, has won a payments "
                        + "licence. KhataPay will now compete with banks.");

        assertThat(entities)
                .filteredOn(entity -> entity.id().equals("org:khatapay"))
                .flatExtracting(Entity::mentions)
                .hasSize(3);
    }

    @Test
    void endsANameAtAPossessiveAndSplitsTwoNamesWithTheSameLastWord() {
        List<Entity> entities = tag(
                "Loans for the show",
                "The painting was lent by Naples’s Museo di Capodimonte. Austrian Airlines and Brussels Airlines "
                        + "cancelled flights.");

        List<String> texts = Mentions.texts(entities);
        assertThat(texts)
                .contains("Museo di Capodimonte", "Austrian Airlines", "Brussels Airlines")
                .doesNotContain("Naples’s Museo di Capodimonte", "Austrian Airlines and Brussels Airlines");
    }

    @Test
    void separatesAPersonFromTheCountryOrPartyAfterOf() {
        List<Entity> entities = tag(
                "Brennan wins marathon",
                "Georgia Brennan of Australia won the women's race at the marathon in Boston on Monday.");

        assertThat(entities).extracting(Entity::id).contains("person:georgia-brennan", "country:AU");
    }

    @Test
    void leavesAPersonsTitleOutOfTheName() {
        List<Entity> entities = tag(
                "Council backs flood wall",
                "“Kerry did her homework and got us a better project,” Mayor Dana Whitacre-Lund said after the vote.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.PERSON)
                .extracting(Entity::id)
                .contains("person:dana-whitacre-lund")
                .doesNotContain("person:mayor-dana-whitacre-lund");
    }

    @Test
    void leavesAnOccupationWrittenAsATitleOutOfTheName() {
        List<Entity> entities = tag(
                "Bay closed to boats",
                "Ranger Dean Djiagween-Hunter closed the bay on Monday. Fisherman Brendon McQuarrie said the catch was "
                        + "poor, and Islander Cyril Repetto-Swain agreed.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.PERSON)
                .extracting(Entity::id)
                .contains("person:dean-djiagween-hunter", "person:brendon-mcquarrie", "person:cyril-repetto-swain")
                .noneMatch(id -> id.startsWith("person:ranger-")
                        || id.startsWith("person:fisherman-")
                        || id.startsWith("person:islander-"));
    }

    @Test
    void takesNoNameInsideTheTitleOfAWork() {
        List<Entity> entities = tag(
                "A museum for Vermeer",
                "“It is the painting visitors ask for first, after ‘Girl with a Pearl Earring’,” she said. "
                        + "Her film, The White Months, follows a herder. Kim Ji-soo won for “Daegu Nights”, her first feature. “We "
                        + "love Delft,” said the mayor.");

        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .doesNotContain("Pearl Earring", "White Months", "Daegu Nights")
                .contains("Delft", "Kim Ji-soo");
    }

    @Test
    void keepsAnOrganisationsNameInQuotationMarksWhereNoWordForAWorkIsNear() {
        List<Entity> entities = tag(
                "Beirut vote", "Hariri's \"Lebanon First\" list won all 19 seats in Beirut, officials said on Monday.");

        assertThat(Mentions.types(entities, "Lebanon First")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void leavesAMalaysianHonorificOutOfTheName() {
        List<Entity> entities = tag(
                "State assembly sits",
                "The chief minister, Datuk Aminuddin Jaafar, said the budget would pass. "
                        + "Datuk Seri Norliza Abdul Rahman of the opposition disagreed.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.PERSON)
                .extracting(Entity::id)
                .contains("person:aminuddin-jaafar", "person:norliza-abdul-rahman");
    }

    @Test
    void leavesAFijianChiefsTitleOutOfTheName() {
        List<Entity> entities = tag(
                "Cup final",
                "The trophy was presented by Ratu Josefa Vakacegu, the paramount chief of the province, after the match.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.PERSON)
                .extracting(Entity::id)
                .contains("person:josefa-vakacegu");
    }

    @Test
    void givesAStadiumASportsReportNamesByItsPersonAStadiumsId() {
        List<Entity> entities = tag(
                "Madrid win again",
                "Real Madrid beat Girona 3-0 at the Santiago Bernabéu on Saturday. Vinícius scored twice and the coach "
                        + "praised his striker after the match.");

        assertThat(entities)
                .extracting(Entity::id)
                .contains("location:santiago-bernabeu-stadium")
                .doesNotContain("person:santiago-bernabeu", "location:santiago-bernabeu");
    }

    @Test
    void givesAnInstitutionEveryCountryHasTheCountryTheArticleIsAbout() {
        List<Entity> kenya = tag(
                "Kenyan lawmakers pass finance bill",
                "Kenya's National Assembly passed the finance bill on Tuesday after a long debate in Nairobi. The "
                        + "Supreme Court is expected to hear a challenge to the bill next month, opposition leaders in "
                        + "Kenya said.");
        List<Entity> philippines = tag(
                "Manila court rules on mining",
                "The Supreme Court on Monday upheld a ban on open-pit mining in the Philippines. Miners in the "
                        + "Philippines said the ruling would cost jobs.");

        assertThat(kenya)
                .extracting(Entity::id)
                .contains("org:national-assembly-of-kenya", "org:supreme-court-of-kenya")
                .doesNotContain("org:national-assembly", "org:supreme-court");
        assertThat(kenya)
                .filteredOn(entity -> entity.id().equals("org:national-assembly-of-kenya"))
                .singleElement()
                .satisfies(entity -> assertThat(entity.wikidataId()).isNull());
        assertThat(philippines).extracting(Entity::id).contains("org:supreme-court-of-the-philippines");
    }

    @Test
    void leavesAnInstitutionEveryCountryHasUnqualifiedWhereNoCountryLeads() {
        List<Entity> entities = tag(
                "Court rulings compared",
                "The Supreme Court heard the case on Monday. Lawyers from Chile and Peru followed the hearing.");

        assertThat(entities)
                .extracting(Entity::id)
                .contains("org:supreme-court")
                .doesNotContain("org:supreme-court-of-chile", "org:supreme-court-of-peru");
    }

    @Test
    void keepsAPossessiveThatIsPartOfAnOrganisationsName() {
        List<Entity> entities = tag(
                "Results declared",
                "The National People’s Power won 159 seats. The Landless People’s Movement walked out, and the "
                        + "Luxembourg Socialist Workers’ Party sent observers. Students at Queen’s University "
                        + "protested, but the Queen’s Speech was not mentioned.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name)
                .contains(
                        "National People’s Power",
                        "Landless People’s Movement",
                        "Luxembourg Socialist Workers’ Party",
                        "Queen’s University")
                .doesNotContain("Queen’s Speech", "Power", "People");
    }

    @Test
    void takesAPossessorAndAFeaturesWordAfterItForOnePlace() {
        List<Entity> entities = tag(
                "Baboons raid the coast",
                "Residents of Betty’s Bay say the troop came down from the mountain again. Rangers on Diana’s Peak "
                        + "counted them, and aid workers in Cox’s Bazar sent advice.");

        assertThat(Mentions.types(entities, "Betty’s Bay")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Diana’s Peak")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Cox’s Bazar")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.texts(entities)).doesNotContain("Betty", "Diana", "Cox");
    }

    @Test
    void leavesAKnownNameWithAPossessiveAsTheGazetteersKnowIt() {
        List<Entity> entities =
                tag("Talks resume", "Envoys met officials of the Democratic People’s Republic of Korea on Monday.");

        assertThat(entities).extracting(Entity::id).contains("country:KP");
    }

    @Test
    void takesABuildingOrADistrictTheModelCallsAnOrganisationForAPlace() {
        List<Entity> entities = tag(
                "Concert season opens",
                "The orchestra plays Suntory Hall in May. Cobb County officials and the Eastern Province council "
                        + "met at the Vandenberg Space Force Base.");

        assertThat(Mentions.types(entities, "Suntory Hall")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Cobb County")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Vandenberg Space Force Base")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesADomeAnAccentedArenaAndInSportACentreForTheVenue() {
        List<Entity> entities = tag(
                "Cup final in Budapest",
                "The federation confirmed that the cup final will be played on 3 May at the MVM Dome, while "
                        + "Ferencváros host Puskás Akadémia at the Groupama Aréna on Sunday. In basketball, Utah won "
                        + "74-69 at a sold-out Xfinity Center, the league's leading scorer finishing with 29 points.");

        assertThat(Mentions.types(entities, "MVM Dome")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Groupama Aréna")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Xfinity Center")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesAPlaceAndStateForTheStateUniversitysTeamInASportsReport() {
        List<Entity> entities = tag(
                "WICHITA STATE EDGE PAST TULSA",
                "The guard's late three gave the Shockers a 68-66 basketball win over Tulsa on Saturday, and they "
                        + "visit Wichita State's old rivals on Tuesday before the conference tournament in Las Vegas. "
                        + "The coach said his team had played its best game of the season.");

        assertThat(Mentions.types(entities, "WICHITA STATE")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Wichita State")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Las Vegas")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesAMosqueAMonasteryOrASynagogueForThePlace() {
        List<Entity> entities = tag(
                "Old town",
                "Tourists queued outside the Sinan Pasha Mosque on Friday, and the Rila Monastery and the Dohány "
                        + "Street Synagogue reported record numbers.");

        assertThat(Mentions.types(entities, "Dohány Street Synagogue")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Rila Monastery")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void keepsACountyThatEndsAClubsNameInASportsReport() {
        List<Entity> entities = tag(
                "Derby County win",
                "Derby County beat Stockport County 2-1 in the league on Saturday, the striker scoring twice "
                        + "before half-time as the manager watched.");

        assertThat(Mentions.types(entities, "Stockport County")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesANameTheModelCallsAPersonForAPlaceAfterInOrInAListWithAPlace() {
        List<Entity> entities = tag(
                "Coffee and dengue",
                "Traders in Buon Ma Thuot say farmers are selling fast. Mosquitoes were set free from vans in Mirpur "
                        + "and Jatrabari, two areas of the city.");

        assertThat(Mentions.types(entities, "Buon Ma Thuot")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Jatrabari")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesEveryNameOfAListForAPlaceOnceTheFirstIsOne() {
        List<Entity> entities = tag(
                "Olive harvest",
                "The ministry opened new bottling lines for cooperatives in Sfax, Kairouan and Sidi Bouzid this year.");

        assertThat(Mentions.types(entities, "Kairouan")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Sidi Bouzid")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesANameOfATownTheModelCallsAPersonForThePlaceUnlessAPersonOfTheArticleBearsIt() {
        List<Entity> entities = tag(
                "Roads to the border",
                "The minister named Chitipa as the district that waits longest for a tarred road. Councillor Jenna "
                        + "Maitland of the Greens spoke against the plan. Maitland moved an amendment on Tuesday.");

        assertThat(Mentions.types(entities, "Chitipa")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Maitland")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesNoPlaceForTheFirstWordOfANameTheModelCutShort() {
        List<Entity> entities = tag(
                "Survey of traders",
                "The survey was carried out by Tolu Adeyemi-Clarke for Fourth Wall and checked by two economists.");

        assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.LOCATION);
    }

    @Test
    void takesANameOfATownTheModelCallsAnOrganisationForThePlaceInAListWithAPlaceButNotACompanyNamedLikeATown() {
        List<Entity> entities = tag(
                "Fertiliser prices",
                "Malawi’s fertiliser arrives by road from the Mozambican ports of Beira and Nacala, or through "
                        + "Tanzania. Lenzing expects negative results in the second half, the fibre maker said.");

        assertThat(Mentions.types(entities, "Nacala")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Lenzing")).doesNotContain(EntityType.LOCATION);
    }

    @Test
    void keepsAnOrganisationNamedLikeATownWhereAWordForACompanyStandsByItInTheArticle() {
        List<Entity> entities = tag(
                "Car parts deal",
                "The acquisition will beef up Ontario-based Magna's seating business. It should give Magna the "
                        + "critical mass to be a bigger player in that market.");

        assertThat(Mentions.types(entities, "Magna")).doesNotContain(EntityType.LOCATION);
    }

    @Test
    void keepsAPersonNamedInAnAppositionAfterAPlace() {
        List<Entity> entities = tag(
                "Law passed",
                "The EU’s ambassador in Tbilisi, Kristīne Ozola, said the law was incompatible with membership.");

        assertThat(Mentions.types(entities, "Kristīne Ozola")).containsOnly(EntityType.PERSON);
    }

    @Test
    void beginsAnInstitutionsNameWithTheHeadTheModelLeftOut() {
        List<Entity> entities = tag(
                "Housing report",
                "Researchers at the Centre for Policy Alternatives said so. The Department of Housing and Urban "
                        + "Development agreed, and the Parliament of Moldova voted on Tuesday.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name)
                .contains(
                        "Centre for Policy Alternatives",
                        "Department of Housing and Urban Development",
                        "Parliament of Moldova");
    }

    @Test
    void extendsAnInstitutionsNameOverTheSubjectTheModelLeftOutAndOverTheCountryBeforeIt() {
        List<Entity> entities = tag(
                "Grants awarded",
                "A grant from the Japan Society for the Promotion of Science will fund the survey, a member of the "
                        + "Russian Academy of Sciences said. Figures from the Croatian Bureau of Statistics agreed, "
                        + "and the Nigeria Centre for Disease Control and Prevention met the Detroit City Council on "
                        + "Tuesday.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name)
                .contains(
                        "Japan Society for the Promotion of Science",
                        "Russian Academy of Sciences",
                        "Croatian Bureau of Statistics",
                        "Nigeria Centre for Disease Control and Prevention",
                        "Detroit City Council");
    }

    @Test
    void keepsAUniversitysNumberInItsNameAndStopsItBeforeAnotherUniversity() {
        List<Entity> entities = tag(
                "Corals sampled",
                "Researchers from the University of Yaoundé I and Tokai University sampled the reef on Monday, the "
                        + "team said.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name)
                .contains("University of Yaoundé I", "Tokai University");
    }

    @Test
    void keepsMohammadWrittenShortInTheName() {
        List<Entity> entities = tag(
                "Plants planned",
                "An executive engineer in Khulna, Md Shafiqul Islam Bhuiyan, said 60 more were planned.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.PERSON)
                .extracting(Entity::name)
                .contains("Md Shafiqul Islam Bhuiyan");
    }

    @Test
    void keepsASurnamesParticleAfterAGivenNameAndWhereItOpensASentence() {
        List<Entity> entities = tag(
                "Museum asks for loans",
                "The director, Nirmala de Silva Wijeyeratne, thanked the lenders. De Silva Wijeyeratne said the "
                        + "department would ask again. The Brazilian playmaker Rafael de Souza Pinheiro was there too.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.PERSON)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .contains("De Silva Wijeyeratne", "Rafael de Souza Pinheiro");
    }

    @Test
    void keepsASurnamesParticleWrittenWithACapitalWhereTheArticlesFullNameHasIt() {
        List<Entity> entities = tag(
                "Dunes race",
                "Lotte Van den Broeck won the race on the dunes on Sunday. The crowd cheered as the rider crossed the "
                        + "line. Van den Broeck, who is 20, said the sand broke her legs.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.PERSON)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .containsExactly("Lotte Van den Broeck", "Van den Broeck");
    }

    @Test
    void keepsAnInstitutionTheGazetteersKnowUnderItsOwnId() {
        List<Entity> entities = tag("Rates held", "The Bank of Japan held rates on Thursday.");

        assertThat(entities)
                .filteredOn(entity -> entity.name().equals("Bank of Japan"))
                .singleElement()
                .satisfies(entity -> assertThat(entity.wikidataId()).isEqualTo("Q333101"));
    }

    @Test
    void leavesQuotationMarksAndDashesOutOfNames() {
        List<Entity> entities = tag(
                "Chip plant", "“Da Nang has the engineers, not Hanoi or Ho Chi Minh City,” Hue said. “We start now.”");

        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .contains("Hue")
                .allSatisfy(text -> assertThat(text).matches("^[\\p{L}\\p{N}].*[\\p{L}\\p{N}.]$|^[\\p{L}\\p{N}]$"));
    }

    @Test
    void takesANameWithAnInstitutionsWordForAnOrganisationNotAPerson() {
        List<Entity> entities = tag(
                "Moonbridge Games says ransomware gang took data on 3.1 million players",
                "The research team, from the Université d’Antananarivo and the Zoologische Staatssammlung München "
                        + "(ZSM), the Bavarian state zoology collection, found it. CBG has been overtaken by the Société Minière de Boké, a "
                        + "Chinese-backed group. The Agence régionale de santé, the regional health agency, said "
                        + "4,812 cases had been reported.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.ORGANIZATION)
                .extracting(Entity::name)
                .contains(
                        "Moonbridge Games",
                        "Zoologische Staatssammlung München",
                        "Société Minière de Boké",
                        "Agence régionale de santé");
        assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    void findsStreetsAndRoadsTheModelLeavesOut() {
        List<Entity> entities = tag(
                "Flood closes roads",
                "Homes on Elm Street and Grand River Avenue were flooded overnight, and Interstate 35 was closed "
                        + "north of the city. The Road ahead is long, the mayor said.");

        assertThat(Mentions.types(entities, "Elm Street")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Grand River Avenue")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Interstate 35")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "The Road")).isEmpty();
    }

    @Test
    void separatesATitledPersonWithAHyphenatedGivenNameFromTheirParty() {
        List<Entity> entities = tag(
                "Fee approved",
                "Councillor Niamh Ó Flatharta of the Green Party, who proposed the motion, said the scheme would "
                        + "work. The economy minister, Aino-Maria Kettunen of the National Coalition Party, said the "
                        + "fee would help.");

        assertThat(entities)
                .extracting(Entity::id)
                .contains(
                        "person:niamh-o-flatharta",
                        "person:aino-maria-kettunen",
                        "org:green-party",
                        "org:national-coalition-party");
    }

    @Test
    void keepsACompanyWithATradesWordBeforeOfRatherThanAPersonOfIt() {
        List<Entity> entities = tag(
                "Film fund",
                "The documentary was co-produced by Chao Phraya Films of Bangkok and a studio in Vientiane, "
                        + "the producer said.");

        assertThat(Mentions.types(entities, "Chao Phraya Films")).doesNotContain(EntityType.PERSON);
        assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    void keepsABoroughOrACountyOfAPlaceWholeRatherThanAPersonOfIt() {
        List<Entity> entities = tag(
                "Council tax rises",
                "The Royal Borough of Greenwich will raise council tax by 4.99 per cent from April, the council said "
                        + "on Monday, after a vote that split its members.");

        assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    void takesNoStormOrSeriesForAPlaceOrAnOrganisation() {
        List<Entity> entities = tag(
                "Hotels paused",
                "The recovery from Hurricane Helene, which flooded the River Arts District and Biltmore Village in "
                        + "September 2024, has shaped the debate. The team reached the College World Series in June.");

        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .doesNotContain("Hurricane Helene", "College World Series");
    }

    @Test
    void takesAPlaceForTheTeamTheArticleNamesAfterItExceptAfterAPrepositionOfPlace() {
        List<Entity> entities = tag(
                "Suns hold off Nuggets",
                "Tre Whitcomb scored 29 points, and the Phoenix Suns held off the Denver Nuggets 118-111 in the "
                        + "league on Thursday night. Kyle Galloway led Denver with 22 points. Denver (33-21) fell to 3-4 "
                        + "on a road trip, and the team will not be back in Denver until next Wednesday, the coach said.");

        Entity nuggets = entities.stream()
                .filter(entity -> entity.id().equals("org:denver-nuggets"))
                .findFirst()
                .orElseThrow();
        assertThat(nuggets.mentions())
                .extracting(mention -> mention.text())
                .containsExactly("Nuggets", "Denver Nuggets", "Denver", "Denver");
        assertThat(Mentions.types(entities, "Denver")).contains(EntityType.LOCATION);
    }

    @Test
    void takesAPlaceForTheClubWhoseAbbreviationTheArticleWritesBeforeOrAfterIt() {
        List<Entity> entities = tag(
                "Bern beat Lugano in the playoffs",
                "HC Lugano and SC Bern met again, and the coach said the goalkeeper was the difference. EV Zug "
                        + "and Fribourg HC wait. Bern scored twice in the third period, and Lugano pulled their "
                        + "goalkeeper late. Zug play Fribourg on Tuesday, and the semi-final starts in Lugano.");

        assertThat(Mentions.types(entities, "Fribourg HC")).containsOnly(EntityType.ORGANIZATION);
        Entity lugano = entities.stream()
                .filter(entity -> entity.name().equals("HC Lugano"))
                .findFirst()
                .orElseThrow();
        assertThat(lugano.mentions())
                .extracting(mention -> mention.text())
                .containsExactly("Lugano", "HC Lugano", "Lugano");
        assertThat(Mentions.types(entities, "Zug")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesAClubsOwnWordAndItsTownForTheClubAndTheTownAloneForItWhereNoPrepositionOfPlaceComesBefore() {
        List<Entity> entities = tag(
                "Tivat go through to the final",
                "The semi-final was won by Galeb Tivat, who beat Orada 11-9 on Saturday. Galeb had led 5-3 at "
                        + "half-time, and the coach said his players had run out of legs. The team will be back in "
                        + "Tivat on Sunday. Drasko Ulcinj, who scored four goals, was named the best player of the "
                        + "night.");

        Entity galeb = entities.stream()
                .filter(entity -> entity.name().equals("Galeb Tivat"))
                .findFirst()
                .orElseThrow();
        assertThat(galeb.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(galeb.mentions())
                .extracting(mention -> mention.text())
                .containsExactly("Tivat", "Galeb Tivat", "Galeb");
        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.LOCATION)
                .extracting(Entity::name)
                .contains("Tivat");
        assertThat(Mentions.types(entities, "Drasko Ulcinj")).containsOnly(EntityType.PERSON);
    }

    @Test
    void findsATeamsNicknameAloneWhereTheModelFindsNothingInAnArticleAboutSport() {
        List<Entity> entities = tag(
                "Overtime in the snow",
                "The Tacoma Otters beat the Boise Falcons 27-24 in overtime of the playoff game on Sunday. The Otters "
                        + "ran for 160 yards, the coach said, and the Falcons managed 41 as the snow kept falling on "
                        + "the league's oldest stadium.");

        Entity otters = entities.stream()
                .filter(entity -> entity.name().equals("Tacoma Otters"))
                .findFirst()
                .orElseThrow();
        assertThat(otters.mentions()).extracting(mention -> mention.text()).containsExactly("Tacoma Otters", "Otters");
    }

    @Test
    void takesATownInTheGenitiveOfAScandinavianClubsNameForTheClub() {
        List<Entity> entities = tag(
                "A late double for the leaders",
                "Ljusdals BK beat Villa 5-2 in the bandy league on Sunday. Ljusdal scored twice in the last ten "
                        + "minutes, and the coach said the players had earned a day off before the final.");

        Entity ljusdal = entities.stream()
                .filter(entity -> entity.name().equals("Ljusdals BK"))
                .findFirst()
                .orElseThrow();
        assertThat(ljusdal.mentions()).extracting(mention -> mention.text()).containsExactly("Ljusdals BK", "Ljusdal");
    }

    @Test
    void takesNamesWithAWordForANewspaperAnExchangeACloudOrAConservatoryForOrganisations() {
        List<Entity> entities = tag(
                "Cable deal signed",
                "The Vaduzer Volksblatt and the Kairaba Herald both reported the deal, which Tamarind Cloud said would "
                        + "be listed on the Coral Bourse. Shares in the bank rose 4% on Borsa Istanbul, trading on Oslo "
                        + "Børs was halted, and the Moscow Conservatory cancelled its tour. Dancers from Pentecost "
                        + "flew in on Air Vanuatu for the festival.");

        assertThat(Mentions.types(entities, "Vaduzer Volksblatt")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Kairaba Herald")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Tamarind Cloud")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Coral Bourse")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Borsa Istanbul")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Oslo Børs")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Moscow Conservatory")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Air Vanuatu")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesNoPlayersStatisticForTheBodyOfThoseLettersInAnArticleAboutSport() {
        List<Entity> baseball = tag(
                "Rangers beat Orioles",
                "Juan Gonzalez hit his 40th homer and drove in three runs, and his 121 RBI broke the team record. The "
                        + "ERA leader pitched seven innings as Texas won the baseball game 6-2.");
        List<Entity> rates = tag("Rates held", "The RBI held its policy rate on Friday, the bank's governor said.");

        assertThat(baseball).extracting(Entity::id).doesNotContain("org:reserve-bank-of-india");
        assertThat(rates).extracting(Entity::id).contains("org:reserve-bank-of-india");
    }

    @Test
    void takesANicknameInQuotationMarksBetweenAFirstNameAndASurnameAsPartOfThePersonsName() {
        List<Entity> entities = tag(
                "Veteran returns to the ring",
                "Panamanian boxing legend Aurelio \"Hands of Iron\" Quintero climbs into the ring on Saturday, and "
                        + "Hector \"Macho\" Villalba fights on the same card.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.PERSON)
                .extracting(Entity::name)
                .contains("Aurelio \"Hands of Iron\" Quintero", "Hector \"Macho\" Villalba")
                .doesNotContain("Aurelio", "Quintero", "Macho");
    }

    @Test
    void takesANameWithAClubsWordInItsOwnLanguageForAClub() {
        List<Entity> entities = tag(
                "Injury blow",
                "Spanish first division team Deportivo Coruna will be without key midfielder Mauro Silva for "
                        + "Saturday's game, the coach said.");

        assertThat(Mentions.types(entities, "Deportivo Coruna")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesTheNameAfterADriversCountryInRankedRaceResultsForTheirTeam() {
        List<Entity> entities = tag(
                "Zanardi takes pole",
                "Leading qualifiers for the race on Sunday:\n1. Alessio Marchetti (Italy), Reynard Honda, 53.980\n"
                        + "2. Rafe Dunmore (U.S.), Lola Ford Cosworth, 54.483\n3. Tomas Kral (Czech Republic), Penske "
                        + "Mercedes-Benz, 54.620");

        assertThat(Mentions.types(entities, "Reynard Honda")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Lola Ford Cosworth")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Alessio Marchetti")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesAPlaceForItsClubBeforeAPlayersNameAfterItsPossessive() {
        List<Entity> entities = tag(
                "Ireland name squad",
                "Birmingham's Gary Breen was selected ahead of Phil Babb in defence, the coach said, and the "
                        + "goalkeeper keeps his place for the match against Liechtenstein.");

        assertThat(Mentions.types(entities, "Birmingham")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesATownNoGazetteerKnowsAClubOfForItsClubWhereItsCoachOrAPluralVerbFollows() {
        List<Entity> entities = tag(
                "Duhok close the gap",
                "Duhok beat Karbala 2-1 in the league on Friday, and the striker scored twice. Duhok’s coach, Sherzad "
                        + "Mizouri, arrived in October. Duhok have won nine of their eleven home games this season.");

        assertThat(Mentions.types(entities, "Duhok")).contains(EntityType.ORGANIZATION);
    }

    @Test
    void takesAnAcronymNoFinderTookForAnOrganisationButNotAUnitALabelOrACommonNoun() {
        List<Entity> entities = tag(
                "Subtitles for the evening news",
                "The start-up will write live subtitles for BHRT news from March. It won an SBP nod to lend to "
                        + "vegetable sellers.\nNOTE - the regulator's CEO was not available. A 220 KV line was cut, and "
                        + "the firm's Optimised Deprival Value ( ODV ) fell to 40 million USD.");

        assertThat(Mentions.types(entities, "BHRT")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "SBP")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.texts(entities)).doesNotContain("NOTE", "CEO", "KV", "ODV", "USD");
    }

    @Test
    void takesANameThatEndsInACompanysLegalFormForAnOrganisation() {
        List<Entity> entities = tag("Profit forecast", "Kenji Aoyama said Apic Yamada Corp expects a higher profit.");

        assertThat(Mentions.types(entities, "Apic Yamada Corp")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesAGermanWordForAStadiumThatBeginsANameForAPlace() {
        List<Entity> entities = tag(
                "Derby at the Eisstadion",
                "HC Arosa beat Chur 4-2 in the league in front of 3,100 at the Eisstadion Arosa, and the coach praised "
                        + "the goalkeeper after the match.");

        assertThat(Mentions.types(entities, "Eisstadion Arosa")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void keepsAPlaceWithAClubOfItsNameInAPlaceInAnArticleAboutSport() {
        List<Entity> entities = tag(
                "Vols win at Florida",
                "Tennessee returns to Knoxville to face Missouri before the conference tournament in Nashville, the "
                        + "coach said after the league match. The playoffs start in March.");

        assertThat(Mentions.types(entities, "Nashville")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesANameEndingInAnAsianLanguagesWordForARiverForAPlace() {
        List<Entity> entities = tag(
                "Floods",
                "Villages along Kalu Ganga were cleared on Monday. Farther north, Drangme Chhu burst its banks near "
                        + "the dzong, and Seti Khola rose two metres overnight. Cotton growers asked for help, Tahir "
                        + "Nazarov said.");

        assertThat(Mentions.types(entities, "Kalu Ganga")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Drangme Chhu")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Seti Khola")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Tahir Nazarov")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesANameEndingInANaturalFeatureForAPlaceUnlessAGivenNameBeginsIt() {
        List<Entity> entities = tag(
                "Cleanup approved",
                "The city will restore Paradise Creek, which floods the Culbertson Fountain most springs, and ships "
                        + "wait in Gatun Lake. Veronica Lake, who chairs the trust, welcomed the vote. Divers from "
                        + "Huvadhu Atoll, climbers in the Drina Gorge and walkers on Tumbledown Hill passed Fort "
                        + "Santo Amaro. Hikers crossed Jabal Akhdar before dawn, and a plume of ash rose from Mawson "
                        + "Peak on Tuesday. Visitors climbed to the Hisor Fortress, and the final was played at the "
                        + "Anthony Nesty Sporthal.");

        assertThat(Mentions.types(entities, "Paradise Creek")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Culbertson Fountain")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Gatun Lake")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Veronica Lake")).containsOnly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "Huvadhu Atoll")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Drina Gorge")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Tumbledown Hill")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Fort Santo Amaro")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Jabal Akhdar")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Mawson Peak")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Hisor Fortress")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Anthony Nesty Sporthal")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesANationalityAndAWordForABodyForAnOrganisationButNotANationalitysLeague() {
        List<Entity> entities = tag(
                "Rail rates",
                "He said Canadian National Railway had raised its charges. The Swiss Football League said it would "
                        + "review fireworks. Roger Pavlik became the fourth 15-game winner in the American League. "
                        + "The stage was rebuilt by students from the Lebanese American University, which runs an "
                        + "engineering programme in the north.");

        assertThat(Mentions.types(entities, "Canadian National Railway")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Swiss Football League")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "American League")).isEmpty();
        assertThat(Mentions.types(entities, "Lebanese American University")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesRoyalAndACountrysNameForACompany() {
        List<Entity> entities = tag(
                "Seafood exports",
                "Its exports are small next to those of Royal Iceland, the state-owned seafood group. Tickets on "
                        + "Royal Brunei cost less, the agency said.");

        assertThat(Mentions.types(entities, "Royal Iceland")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Royal Brunei")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesANameWithItsScoreInAResultForATeamWhereverTheArticleWritesItAlone() {
        List<Entity> entities = tag(
                "Brosnan goal sends Kerry into the final",
                "Kerry 1-17 Tyrone 0-18\nFor 55 minutes on Sunday, Tyrone were the better side, and the coach said "
                        + "Kerry had been lucky in the championship. Tyrone Brosnan, a midfielder, scored the only goal. "
                        + "Fans came from all over Ireland for the match.");

        assertThat(Mentions.types(entities, "Tyrone")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Kerry")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Tyrone Brosnan")).containsOnly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "Ireland")).containsOnly(EntityType.COUNTRY);
    }

    @Test
    void takesNamesWithAnInitialInALineOfScorersForPlayers() {
        List<Entity> entities = tag(
                "Norwood too strong for Glenelg",
                "Norwood beat Glenelg by 30 points in Saturday's league match, and the coach praised his midfield. "
                        + "Glenelg face Sturt next week.\nGoals — Norwood: L. Tsoukalas 3, C. Hindmarsh 2, others 6. "
                        + "Glenelg: J. Rigney-Agius 3, T. Brabazon-Kerr 2, others 5.");

        assertThat(Mentions.types(entities, "L. Tsoukalas")).containsOnly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "C. Hindmarsh")).containsOnly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "J. Rigney-Agius")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesAClubNamedByAWordAndItsTownAfterDeForTheClubInSport() {
        List<Entity> entities = tag(
                "Basketball: Rosario sinks the Piratas",
                "For 36 minutes the Piratas had the louder fans. Then Gadiel Rosario Vélez found his range and scored "
                        + "31 points as his team won the game 88-80. Indios de Mayagüez, who were knocked out in the "
                        + "semi-final, watched from the stands. The Indios won the title last year.");

        assertThat(Mentions.types(entities, "Indios de Mayagüez")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Gadiel Rosario Vélez")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesTheFirstWordOfACompanyGroupsNameForTheCompanyWhereTheModelCallsItAPlace() {
        List<Entity> entities = tag(
                "Port deal signed",
                "Oman’s state-owned logistics group Asyad Group said on Tuesday it had signed the deal. Photo: Salim "
                        + "al-Maskari/Asyad. Talal al-Rawahi, chief executive of Asyad, said the deal was the largest "
                        + "private investment in the port. Under the concession, Asyad will keep a 25 per cent stake.");

        assertThat(Mentions.of(entities, "org:asyad-group")).containsExactly("Asyad Group", "Asyad", "Asyad", "Asyad");
        assertThat(Mentions.types(entities, "Asyad")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesTwoNamesWithTheScoreBetweenThemForTeams() {
        List<Entity> entities = tag(
                "Handball: Mjølner edge Brage",
                "Mjølner 28–25 Brage\nFor 50 minutes on Sunday, Brage were the better side, and the coach said "
                        + "Mjølner had been lucky in the league. Fans came from all over Norway for the match.");

        assertThat(Mentions.types(entities, "Mjølner")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Brage")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesNoNamesInALineOfBettingOddsForTeams() {
        List<Entity> entities = tag(
                "Soccer: odds for the Spanish league's top scorer",
                "Bookmakers quoted the following odds on Friday for the league's top scorer this season:\n"
                        + "5-1 Marco Ruiz Ortega 7-1 Pablo Serra\n7-1 Iker Solana 7-1 Dani Ferrer\n"
                        + "40-1 Toni Casals 28-1 Unai Berrocal");

        assertThat(Mentions.types(entities, "Pablo Serra")).containsOnly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "Dani Ferrer")).containsOnly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "Unai Berrocal")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesANameTheModelCallsAPlaceForAnOrganisationWhenItEndsInAWordForABody() {
        List<Entity> entities = tag(
                "Rice exports fall",
                "Traders mill it across the border and export it under their own labels. The Cambodia Rice "
                        + "Federation estimates that between 2 and 3 million tonnes of paddy leave the country that way, "
                        + "according to a study by scientists from the Seychelles Islands Foundation.");

        assertThat(Mentions.types(entities, "Cambodia Rice Federation")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Seychelles Islands Foundation")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesRiversTerritoriesAndAStandNamedForTwoPeopleForPlaces() {
        List<Entity> entities = tag(
                "Floods",
                "The River Kent burst its banks at Kendal, and in the Northern Territory the rains came early. Fans "
                        + "in the Greenidge and Haynes Stand sang.");

        assertThat(Mentions.types(entities, "River Kent")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Northern Territory")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Greenidge and Haynes Stand")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Greenidge")).isEmpty();
    }

    @Test
    void extendsAnInstitutionsNameOverWhatAndJoinsToIt() {
        List<Entity> entities = tag(
                "Levy agreed",
                "The England and Wales Cricket Board said the Water and Sanitation Agency had paid, and the "
                        + "Institute of Archaeology and Ethnography in Novosibirsk agreed with the Instituto Nacional de "
                        + "Meteorología e Hidrología. The Institute of Physics and Siemens did not.");

        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .contains(
                        "England and Wales Cricket Board",
                        "Water and Sanitation Agency",
                        "Institute of Archaeology and Ethnography",
                        "Instituto Nacional de Meteorología e Hidrología",
                        "Siemens")
                .doesNotContain("Institute of Physics and Siemens");
    }

    @Test
    void extendsABodysNameOverANameTheModelFoundBeforeTheAndThatJoinsThem() {
        List<Entity> entities = tag(
                "Tariffs rise",
                "The Falkland Islands Gas and Electricity Authority raised its tariffs on Monday. The Nordic Canoe "
                        + "and Kayak Federation moved its regatta, and the Kestrel Bay Harbour and Dredging Company "
                        + "won the contract. Engineers from Siemens and Marine Services Company bid too.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.ORGANIZATION)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .contains(
                        "Falkland Islands Gas and Electricity Authority",
                        "Nordic Canoe and Kayak Federation",
                        "Kestrel Bay Harbour and Dredging Company",
                        "Siemens")
                .doesNotContain("Siemens and Marine Services Company");
    }

    @Test
    void extendsAMinistrysNameOverTheListOfItsSubjectsButNotOverAListOfNames() {
        List<Entity> entities = tag(
                "Forest law passes",
                "The Ministry of Environment, Forests and Climate Change said the law would pass on Friday. The "
                        + "Ministry of Finance, Mexico and Brazil disagreed.");

        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .contains("Ministry of Environment, Forests and Climate Change", "Mexico", "Brazil")
                .doesNotContain("Ministry of Finance, Mexico and Brazil");
    }

    @Test
    void extendsAMinistrysNameOverSubjectsTheModelTakesForAPlaceButNotOverAListedTown() {
        List<Entity> entities = tag(
                "Coastal sale blocked",
                "The Ministry of Spatial Planning, Urbanism and State Property said the sale would not go ahead. The "
                        + "Ministry of Tourism, Kotor and Budva disagreed.");

        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(mention -> mention.text())
                .contains("Ministry of Spatial Planning, Urbanism and State Property", "Kotor", "Budva")
                .doesNotContain("Ministry of Tourism, Kotor and Budva");
    }

    @Test
    void takesABodyNamedByThePlaceAfterItsOfForAnOrganisation() {
        List<Entity> entities = tag(
                "Budget vote",
                "The Legislature of the Cayman Islands passed the budget on Tuesday, and the High Court of Tuvalu "
                        + "upheld the fishing ban.");

        assertThat(Mentions.types(entities, "Legislature of the Cayman Islands"))
                .containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "High Court of Tuvalu")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesAStreetNamedTheFrenchOrSpanishWayForAPlace() {
        List<Entity> entities = tag(
                "Bakeries reopen",
                "The bakery on Rue du Bac reopened on Monday, and the bookshop on Calle Mayor will follow.");

        assertThat(Mentions.types(entities, "Rue du Bac")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Calle Mayor")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void leavesAPeninsulasWordInSmallLettersOutOfThePlacesName() {
        List<Entity> entities = tag(
                "Statues scanned",
                "The team will next scan the statues on the Poike peninsula, where erosion has never been measured, "
                        + "and the bus runs to the Delimara peninsula.");

        assertThat(Mentions.types(entities, "Poike")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Delimara")).containsOnly(EntityType.LOCATION);
        assertThat(entities)
                .flatExtracting(Entity::mentions)
                .extracting(Mention::text)
                .noneMatch(text -> text.endsWith("peninsula"));
    }

    @Test
    void takesASquareOrAnAvenueNamedAfterADateForAPlaceNotAPerson() {
        List<Entity> entities = tag(
                "Marchers fill the square",
                "The crowd in the Plaza 25 de Mayo chanted the city's name. She owns a shop on Avenida 6 de Marzo "
                        + "and sells phones on its ground floor.");

        assertThat(Mentions.types(entities, "Plaza 25 de Mayo")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Avenida 6 de Marzo")).containsOnly(EntityType.LOCATION);
        assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.PERSON);
    }

    @Test
    void takesANameWithAWordForAFederationInAnotherLanguageForAnOrganisation() {
        List<Entity> entities = tag(
                "Pool closed",
                "Ana Kovač of Hrvatski Plivački Savez said the pool was closed. The Magyar Úszó Szövetség agreed.");

        assertThat(Mentions.types(entities, "Hrvatski Plivački Savez")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Ana Kovač")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesASeaAGulfOrARiverNamedAfterACountryOrAPeopleForOnePlace() {
        List<Entity> entities = tag(
                "Ferries halted",
                "Storms closed the Philippine Sea and the Gulf of Oman to shipping, and the Niger River burst its "
                        + "banks near Sea of Japan Logistics, whose barges were safe.");

        assertThat(Mentions.types(entities, "Philippine Sea")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Gulf of Oman")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Niger River")).containsOnly(EntityType.LOCATION);
        assertThat(entities).extracting(Entity::id).doesNotContain("country:PH", "country:OM", "country:NE");
    }

    @Test
    void separatesACompanyFromThePlaceItIsIn() {
        List<Entity> entities = tag(
                "Potash deal",
                "Assiniboia Securities in Regina said the deal was fair, and researchers at the University of "
                        + "Indonesia in Depok agreed.");

        assertThat(Mentions.types(entities, "Assiniboia Securities")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "University of Indonesia")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Regina")).containsOnly(EntityType.LOCATION);
        assertThat(Mentions.types(entities, "Depok")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesAnInstitutionNamedInFrenchOrItalianWholeInAnEnglishArticle() {
        List<Entity> entities = tag(
                "Monitors warn of swelling under the volcano",
                "Scientists at the Institut de physique du globe de Paris said on Tuesday that the ground had risen "
                        + "by four centimetres. The territory's Cour suprême upheld the evacuation order, and the "
                        + "Università degli Studi della Tuscia sent two geologists to help.");

        assertThat(Mentions.types(entities, "Institut de physique du globe de Paris"))
                .containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Cour suprême")).containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Università degli Studi della Tuscia"))
                .containsOnly(EntityType.ORGANIZATION);
        assertThat(Mentions.types(entities, "Paris")).isEmpty();
    }

    @Test
    void leavesTheEnglishWordsAfterAnInstitutionsHeadOutOfItsName() {
        List<Entity> entities = tag(
                "Strike ballot at the docks",
                "The Union official Florence Adeyemi said the vote would close on Friday. A Commission spokesman "
                        + "said the Front Row seats at the hearing were kept for the workers' families.");

        List<String> texts = Mentions.texts(entities);
        assertThat(texts).noneMatch(text -> text.startsWith("Union official") || text.startsWith("Commission "));
        assertThat(Mentions.types(entities, "Florence Adeyemi")).containsOnly(EntityType.PERSON);
    }

    @Test
    void takesAOneWordNameAfterTheForAPlaceWhereTheClauseEndsOrAPrepositionFollows() {
        List<Entity> entities = tag(
                "Flood defences to be raised",
                "Engineers will raise the walls along the Sauer before winter. Twice last year the water came over "
                        + "them, and the houses nearest the Sauer, below the old mill, were flooded.");

        assertThat(Mentions.types(entities, "Sauer")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void takesNoBodyFromCommonAcronymsCurrenciesClimatePatternsOrAbbreviatedTitles() {
        List<Entity> entities = tag(
                "Lizard found on one mountain only",
                "DNA tests showed the lizard had been cut off for two million years. Two El Niño years dried its "
                        + "forest, and the park earns 41 billion CFA francs a year from visitors. Coun. Marie Leblanc "
                        + "said the council would fund the survey.");

        List<String> texts = Mentions.texts(entities);
        assertThat(texts).doesNotContain("DNA", "El Niño", "CFA", "Coun");
        assertThat(Mentions.types(entities, "Marie Leblanc")).containsOnly(EntityType.PERSON);
    }

    @Test
    void leavesAPrepositionThatOpensTheSentenceAndTheSentenceBeforeAStreetOutOfTheName() {
        List<Entity> entities = tag(
                "Coffee prices climb",
                "The boom has reached the villages, but unevenly. Around Kainantu, farmers were paid twice last "
                        + "year's price. Coffee goes by truck from Lae. The Highlands Highway is closed again.");

        List<String> texts = Mentions.texts(entities);
        assertThat(texts).contains("Kainantu", "Lae", "Highlands Highway");
        assertThat(texts).noneMatch(text -> text.startsWith("Around") || text.contains(". "));
    }

    @Test
    void leavesAPossessivesEndingAndAnAbbreviationOutOfTheNameAfterThem() {
        List<Entity> entities = tag(
                "Survey maps the seabed",
                "Tonga Geological Services, part of the kingdom’s Ministry of Lands and Natural Resources, took part. "
                        + "Police moved in shortly after 5 p.m. Amnesty International Kenya said 34 people were held.");

        List<String> texts = Mentions.texts(entities);
        assertThat(texts).contains("Ministry of Lands and Natural Resources");
        assertThat(texts).noneMatch(text -> text.startsWith("’s ") || text.startsWith("p.m. "));
    }

    @Test
    void takesAGivenNameAndADoubleBarrelledSurnameTheModelMistypesForAPerson() {
        List<Entity> entities = tag(
                "Congress debates the power contracts",
                "Trinidad Mejía-Zúniga, who leads the deputies of the Liberal Party of Honduras and represents "
                        + "Choluteca in the congress, said no. Mejía-Zúniga proposed an amendment. Verónica "
                        + "Ichazo-Mendieta, who has measured the channel since 2015, said it had dropped.");

        assertThat(Mentions.types(entities, "Trinidad Mejía-Zúniga")).containsExactly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "Mejía-Zúniga")).containsExactly(EntityType.PERSON);
        assertThat(Mentions.types(entities, "Verónica Ichazo-Mendieta")).containsExactly(EntityType.PERSON);
    }

    @Test
    void keepsAWordWithAnApostropheInsideInThePersonsNameButNotAPossessive() {
        List<Entity> entities = tag(
                "Sinkholes mapped from space",
                "A team led by Rawan Bataineh-Zu’bi, a geophysicist at the University of Jordan, now says so. "
                        + "Zakho’s coach, the Jordanian Ra’ed Haddadin, arrived from Amman. Utrecht’s Kenji Albers "
                        + "scored twice.");

        List<String> texts = Mentions.texts(entities);
        assertThat(texts).contains("Rawan Bataineh-Zu’bi", "Ra’ed Haddadin", "Kenji Albers");
        assertThat(texts).noneMatch(text -> text.startsWith("Utrecht’s") || text.startsWith("Zakho’s"));
    }

    private List<Entity> tag(String headline, String body) {
        return tagger.tag(List.of(new Zone(ZoneName.HEADLINE, headline), new Zone(ZoneName.BODY, body)))
                .entities();
    }
}
