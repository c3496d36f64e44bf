package newsflow.enrich.tagging.crf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsflow.contract.Entity;
import newsflow.contract.EntityType;
import newsflow.contract.Mention;
import newsflow.contract.Zone;
import newsflow.contract.ZoneName;
import newsflow.enrich.tagging.TaggingDeadline;
import org.junit.jupiter.api.Test;

/** German, French and Spanish text: each language's ways of writing names. */
class LanguageTaggingTests {

    private final CrfGazetteerTagger tagger = LoadedTagger.get();

    @Test
    void keepsAGermanInstitutesNameAfterAPersonsNameAnOrganisationNotThePerson() {
        assertThat(ids(tag(
                        "de",
                        "Das Robert Koch-Institut meldete am Montag 1.200 neue Fälle, teilte die Behörde in "
                                + "Berlin mit.")))
                .doesNotContain("person:robert-koch-institut");
    }

    @Test
    void joinsAGermanNameToTheOrganisationsNounAfterItsHyphen() {
        List<Entity> entities = tag(
                "de",
                "Die EU-Kommission und das Robert Koch-Institut warnten am Montag. Die " + "EZB-Präsidentin schwieg.");

        assertThat(mentions(entities))
                .contains("EU-Kommission", "Robert Koch-Institut", "EZB")
                .doesNotContain("Robert Koch", "EZB-Präsidentin");
        assertThat(types(entities, "Robert Koch-Institut")).containsOnly(EntityType.ORGANIZATION);
    }

    @Test
    void takesAGermanCountryNameInTheGenitiveAsTheWholeWord() {
        List<Entity> entities = tag("de", "Die Regierung kritisierte Frankreichs Haushalt scharf.");

        assertThat(entities)
                .filteredOn(entity -> entity.id().equals("country:FR"))
                .singleElement()
                .extracting(entity -> entity.mentions().get(0).text())
                .isEqualTo("Frankreichs");
    }

    @Test
    void leavesFrenchHonorificsAndPrepositionsOutOfTheName() {
        List<Entity> entities = tag(
                "fr",
                "La ministre Catherine Vautrin a répondu aux députés du Rassemblement "
                        + "national. Mme Vautrin a ensuite quitté l'hémicycle.");

        assertThat(mentions(entities))
                .contains("Catherine Vautrin", "Vautrin", "Rassemblement national")
                .doesNotContain("Mme Vautrin", "du Rassemblement national");
    }

    @Test
    void takesASpanishCityAfterTheMasculineArticleForItsClub() {
        List<Entity> entities = tag(
                "es",
                "El Sevilla ganó 2-1 al Valencia en el estadio Ramón Sánchez-Pizjuán, "
                        + "y el entrenador celebró el gol con la afición de la liga.");

        assertThat(types(entities, "Sevilla")).containsOnly(EntityType.ORGANIZATION);
        assertThat(entities).extracting(Entity::id).contains("org:sevilla-fc").doesNotContain("location:seville-es");
    }

    @Test
    void doesNotTakeTheWordForTheGovernmentForAnOrganisation() {
        List<Entity> entities =
                tag("es", "El Gobierno aprobó el presupuesto, dijo el presidente Pedro Sánchez en " + "Madrid.");

        assertThat(mentions(entities)).doesNotContain("Gobierno").contains("Pedro Sánchez", "Madrid");
    }

    @Test
    void keepsAnInitialAndItsFullStopInThePersonsSentence() {
        List<Entity> entities = tag(
                "de",
                "Nach Informationen der Zeitung soll die 16-jährige Susanne R. gestern "
                        + "verschwunden sein, sagte Michèle Alliot-Marie in Paris.");

        assertThat(mentions(entities)).contains("Michèle Alliot-Marie").doesNotContain("Michèle Alliot");
        assertThat(types(entities, "Paris")).containsOnly(EntityType.LOCATION);
    }

    @Test
    void needsTheModelForAOneWordListedNameInGermanWhereEveryNounHasACapital() {
        List<Entity> entities = tag("de", "Das Bild zeigt die Kraft des Wassers, das aus dem Netz kommt.");

        assertThat(entities).extracting(Entity::type).doesNotContain(EntityType.ORGANIZATION);
    }

    @Test
    void takesACityClubAtTheStartOfASpanishSentenceForTheClub() {
        List<Entity> entities = tag(
                "es",
                "El Sevilla venció al conjunto francés en la fase liga. El delantero marcó los dos goles y el "
                        + "entrenador celebró el partido con la afición del estadio.");

        assertThat(entities).extracting(Entity::id).contains("org:sevilla-fc").doesNotContain("location:seville-es");
    }

    @Test
    void namesAClubAfterItsCityAsEachLanguageWritesTheCity() {
        assertThat(ids(tag("es", "El Sevilla venció al Olympique de Marsella por 2-1 en la Europa League.")))
                .contains("org:olympique-de-marseille")
                .doesNotContain("org:olympique-de-marsella");
        assertThat(ids(tag("fr", "L'OM s'est incliné jeudi soir sur la pelouse du FC Séville (2-1).")))
                .contains("org:sevilla-fc")
                .doesNotContain("org:fc-seville");
    }

    @Test
    void givesAnUnknownNameTheOrganisationTheGazetteerKnowsByTheAcronymDefinedAfterIt() {
        List<Entity> entities = tag(
                "de",
                "Die Österreichischen Bundesbahnen (ÖBB) bestellen neue Nachtzüge. Die ÖBB rechnen mit mehr "
                        + "Fahrgästen.");

        assertThat(entities)
                .filteredOn(entity -> entity.type() == EntityType.ORGANIZATION)
                .singleElement()
                .satisfies(entity -> {
                    assertThat(entity.id()).isEqualTo("org:austrian-federal-railways");
                    assertThat(entity.mentions())
                            .extracting(Mention::text)
                            .contains("Österreichischen Bundesbahnen", "ÖBB");
                });
    }

    @Test
    void givesATranslatedNameTheOrganisationTheGazetteerKnowsByTheAcronymAfterIt() {
        List<Entity> entities = tag(
                "es",
                "Los Ferrocarriles Federales Austriacos (ÖBB) estrenarán en diciembre un tren diurno directo entre "
                        + "Viena y Milán. Los ÖBB esperan sobre todo turistas.");

        assertThat(entities)
                .filteredOn(entity -> entity.id().equals("org:austrian-federal-railways"))
                .singleElement()
                .satisfies(entity -> assertThat(entity.mentions())
                        .extracting(Mention::text)
                        .containsExactly("Ferrocarriles Federales Austriacos", "ÖBB", "ÖBB"));
    }

    @Test
    void endsAGermanNameBeforeAPrepositionAndADayOrAnotherName() {
        List<Entity> entities = tag(
                "de",
                "Die Commerzbank am Dienstag kündigte Stellenabbau an. Die SPD im Bundestag lehnte das ab. "
                        + "Frankfurt am Main bleibt Sitz der Bank.");

        assertThat(mentions(entities))
                .contains("Commerzbank", "SPD", "Bundestag", "Frankfurt am Main")
                .doesNotContain("Commerzbank am Dienstag", "SPD im Bundestag");
    }

    @Test
    void takesTheMinistersPortfolioForATitleInFrenchAndSpanish() {
        List<Entity> french = tag(
                "fr",
                "Le ministre iranien des Affaires étrangères, Abbas Araghchi, a parlé avec les ministres des "
                        + "Affaires étrangères de l'Union européenne.");
        List<Entity> spanish = tag("es", "El ministro de Exteriores iraní, Abbas Araghchi, habló en Viena.");

        assertThat(mentions(french))
                .contains("Abbas Araghchi", "Union européenne")
                .noneMatch(text -> text.contains("Affaires"));
        assertThat(ids(french)).contains("org:european-union");
        assertThat(mentions(spanish)).contains("Abbas Araghchi").doesNotContain("Exteriores");
    }

    @Test
    void leavesACommonWordInSmallLettersOutOfTheNameButKeepsAPlacesKind() {
        List<Entity> entities = tag(
                "fr",
                "Le groupe a racheté l'américain General Electric. Les supporters se sont retrouvés au stade "
                        + "Pierre-Mauroy puis sur l'île Saint-Louis.");

        assertThat(mentions(entities))
                .contains("General Electric", "Pierre-Mauroy", "île Saint-Louis")
                .doesNotContain("américain General Electric", "stade Pierre-Mauroy");
    }

    @Test
    void givesAStadiumNamedAfterAPersonOneIdInEveryLanguageThatNamesIt() {
        assertThat(ids(tag("es", "El Betis jugará la final en el Estadio Benito Villamarín ante 60.000 aficionados.")))
                .contains("location:benito-villamarin-stadium");
        assertThat(ids(tag("de", "Das Spiel findet am Dienstag im Stadion Giuseppe Meazza in Mailand statt.")))
                .contains("location:giuseppe-meazza-stadium");
        assertThat(ids(tag("fr", "Les supporters se sont retrouvés au stade Pierre-Mauroy, puis au Stade de France.")))
                .contains("location:pierre-mauroy-stadium", "location:stade-de-france");
        assertThat(ids(tag(
                        "es",
                        "El Betis ganó 3-0 en el Benito Villamarín y el entrenador celebró el gol con la afición de "
                                + "la liga.")))
                .contains("location:benito-villamarin-stadium")
                .doesNotContain("person:benito-villamarin");
        assertThat(ids(tag("es", "México y Canadá jugarán en el Estadio Azteca ante 80.000 aficionados.")))
                .contains("location:estadio-azteca");
    }

    @Test
    void partsAClubTheGazetteerKnowsFromTheCompetitionNamedBeforeIt() {
        List<Entity> entities = tag(
                "de",
                "Der SSC Neapel hat in der Conference League Eintracht Frankfurt mit 2:1 besiegt. Der Trainer lobte "
                        + "die Mannschaft nach dem Spiel.");

        assertThat(mentions(entities))
                .contains("Eintracht Frankfurt")
                .doesNotContain("Conference League Eintracht Frankfurt");
        assertThat(ids(entities)).contains("org:eintracht-frankfurt");
    }

    private List<Entity> tag(String language, String body) {
        return tagger.tag(List.of(new Zone(ZoneName.BODY, body)), language, TaggingDeadline.NONE)
                .entities();
    }

    private static List<String> ids(List<Entity> entities) {
        return entities.stream().map(Entity::id).toList();
    }

    private static List<String> mentions(List<Entity> entities) {
        return entities.stream()
                .flatMap(entity -> entity.mentions().stream())
                .map(Mention::text)
                .toList();
    }

    private static List<EntityType> types(List<Entity> entities, String text) {
        return entities.stream()
                .filter(entity ->
                        entity.mentions().stream().anyMatch(m -> m.text().equals(text)))
                .map(Entity::type)
                .toList();
    }
}
