package newsflow.ingest.cleaning.furniture.credits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import newsflow.ingest.cleaning.furniture.Block;
import org.junit.jupiter.api.Test;

class BylinesTests {

    @Test
    void takesABylineInSmallLettersAndADesksOrABureausLineForBylinesButNotProse() {
        assertThat(Bylines.isByline("by Hilda Cortés, mining correspondent")).isTrue();
        assertThat(Bylines.isByline("by Nusrat Jahan Eva")).isTrue();
        assertThat(Bylines.isByline("Science desk, reporting from the Tian Shan"))
                .isTrue();
        assertThat(Bylines.isByline("Addis Ababa bureau · Thursday 5 March 2026"))
                .isTrue();
        assertThat(Bylines.isByline("The foreign desk, which closed in 2019, reopened."))
                .isFalse();
        assertThat(Bylines.isByline("by the end of the year, prices had doubled"))
                .isFalse();
    }

    @Test
    void takesADesksLineAfterByTheADaysReportByItsAuthorAndOurReporterUnderALabelForBylinesButNotProse() {
        assertThat(Bylines.isByline("by the Deep Lake Journal desk · 25 March 2026"))
                .isTrue();
        assertThat(Bylines.isByline("Saturday's report by Nurul Ain Hashim")).isTrue();
        assertThat(Bylines.isByline("Our man at the oche: Tom Pendlebury in Graz 22.03.2026"))
                .isTrue();
        assertThat(Bylines.isByline("by the time the desk closed, the story had run"))
                .isFalse();
        assertThat(Bylines.isByline("Saturday's report by the inspectors found no fault in Graz."))
                .isFalse();
        assertThat(Bylines.isByline("Our man at the oche: we asked Tom Pendlebury what went wrong in Graz."))
                .isFalse();
    }

    @Test
    void takesOurReporterNamedAfterTheirBeatAndBeforeWhereTheyWatchedForABylineButNotProse() {
        assertThat(Bylines.isByline("Our athletics correspondent, Wycliffe Kemboi Sitienei, at the finish line"))
                .isTrue();
        assertThat(Bylines.isByline("Our sports reporter, Amina Odhiambo")).isTrue();
        assertThat(Bylines.isByline("Our athletics correspondent, Wycliffe Kemboi Sitienei, saw the race from the "
                        + "finish line and said it was the muddiest in years."))
                .isFalse();
    }

    @Test
    void takesAStaffSignatureWithThePapersNameAndALabelledCreditForBylinesButNotProse() {
        assertThat(Bylines.isByline("Nadine Tremblay-Ouellet, Courier staff, Matane"))
                .isTrue();
        assertThat(
                        Bylines.isByline(
                                "Adelaide-born, Launceston-based: words by Mia Holloway at Devonport Oval Saturday 7 March 2026"))
                .isTrue();
        assertThat(Bylines.isByline("Marie Roy, the mayor, thanked the hospital staff, who worked all night."))
                .isFalse();
        assertThat(Bylines.isByline("The verdict: words by the judge were read out at the hearing."))
                .isFalse();
    }

    @Test
    void recognisesBylinesWithRolesPlacesAndDatesAndWireCreditLines() {
        assertThat(Bylines.isByline("By Pieter Vandamme and Ines Kowalczyk")).isTrue();
        assertThat(Bylines.isByline("By Liis Mägi, Tallinn correspondent · 14 April 2026 · 5 min read"))
                .isTrue();
        assertThat(Bylines.isByline("BY AMARA DIALLO in Dakar")).isTrue();
        assertThat(Bylines.isByline("By Ewa Zielińska, Baltic correspondent")).isTrue();
        assertThat(Bylines.isByline("Reporting by Yuki Sasaki; editing by Hannah Lim in Singapore"))
                .isTrue();
        assertThat(Bylines.isByline("(Additional reporting by Jonas Petersen in Aarhus)"))
                .isTrue();
    }

    @Test
    void recognisesCreditsAtTheEndWhereAuthorsFiledFromLabelledAuthorsNamesWithARoleAndBeats() {
        assertThat(Bylines.isByline("From the Reuters wire, with additional reporting by Malin Sørensen"))
                .isTrue();
        assertThat(Bylines.isByline("By Noor Qureshi, with photographs by Daniel Mbeki"))
                .isTrue();
        assertThat(Bylines.isByline("Filed from the statehouse by Darnell Okoye, politics reporter"))
                .isTrue();
        assertThat(Bylines.isByline("Filed from Cochabamba by Teresa Quispe Mamani · Friday 14 August 2026"))
                .isTrue();
        assertThat(Bylines.isByline("Reported from the finish line on the Champs-Élysées by Inès Morel"))
                .isTrue();
        assertThat(Bylines.isByline("Reporter: Hana Kowalski | Transport")).isTrue();
        assertThat(Bylines.isByline("Ayesha Rahman, Dhaka correspondent")).isTrue();
        assertThat(Bylines.isByline("Marta Kowal reports from the Polsat Plus Arena; photographs supplied by PAP"))
                .isTrue();
        assertThat(Bylines.isByline("Tomás Greer covers energy and climate for The Ledger from Galway."))
                .isTrue();
        assertThat(Bylines.isByline("Reporting from the Halliwell Jones: Bethany Rigby · Pictures: SWpix"))
                .isTrue();
        assertThat(Bylines.isByline("From press row in Lincoln: Wes Dunaway-Kirk, our numbers guy"))
                .isTrue();
        assertThat(Bylines.isByline("Reviewed from row K of the Henry Le Bœuf Hall by Maud Claessens"))
                .isTrue();
        assertThat(Bylines.isByline("Review and interview: Tendai Mukwasha-Brandt"))
                .isTrue();
        assertThat(Bylines.isByline("Hanitra Rakotobe reporting from Toamasina"))
                .isTrue();
        assertThat(Bylines.isByline("Moulaye Ould Cheikh with agencies")).isTrue();
        assertThat(Bylines.isByline("Analysis by Tauhid Rahman-Cole, energy desk · 3 March 2026, 09:10"))
                .isTrue();
        assertThat(Bylines.isByline("Race notes by Yaw Mensah-Kuffour, riding in the neutral car from Kumasi"))
                .isTrue();
        assertThat(Bylines.isByline("Health reporter Ama Serwaa-Boateng, in Tamale"))
                .isTrue();
        assertThat(Bylines.isByline("Field report by Nayra Quispe Mamani, in Puno and on the lake shore"))
                .isTrue();
        assertThat(Bylines.isByline(
                        "By Tiago Lobo Seixas, with the grape pickers in Régua and at the auction in Porto"))
                .isTrue();
        assertThat(Bylines.isByline("Written for Granite Notes by Ruairí Breathnach; photographs by the choir"))
                .isTrue();
        assertThat(Bylines.isByline("Author: Jelena Vukotić-Raičević, Pljevlja"))
                .isTrue();
        assertThat(Bylines.isByline("Match report: Lefteris Manolakis, in Larissa"))
                .isTrue();
        assertThat(Bylines.isByline("Reporter on the dunes: Brecht Vanhoutte, Koksijde"))
                .isTrue();
        assertThat(Bylines.isByline("Crónica: Ña Graciela Vouga at the Estadio Doctor Emiliano Gaona"))
                .isTrue();
        assertThat(Bylines.isByline("Crónica: the league was decided in the last minute."))
                .isFalse();
        assertThat(Bylines.isByline("Match report: Larissa were better in the second half."))
                .isFalse();
        assertThat(Bylines.isByline("By Tiago Lobo Seixas, with the grape pickers, who said the harvest was late."))
                .isFalse();
        assertThat(Bylines.isByline("Analysis by Moody’s Investors Service found that three banks were short."))
                .isFalse();
        assertThat(Bylines.isByline("Health reporter Ama Serwaa-Boateng, in Tamale, said the ward was full."))
                .isFalse();
        assertThat(Bylines.isByline("Hanitra Rakotobe reporting from Toamasina said the port was closed."))
                .isFalse();
        assertThat(Bylines.isByline("Photos and text by Anouk Verhaeghe")).isTrue();
        assertThat(Bylines.isByline("Review: The Cherry Orchard at the Gate Theatre"))
                .isFalse();
        assertThat(Bylines.isByline("Dispatch by Solongo Tsend-Ayush, with Harriet Lowe-Mendez"))
                .isTrue();
        assertThat(Bylines.isByline(
                        "By Floor Adriaanse, who reviewed the Rijksmuseum’s 2023 Vermeer show from Amsterdam"))
                .isTrue();
        assertThat(Bylines.isByline("By Floor Adriaanse, who said “the show is the best since 1996” and left."))
                .isFalse();
        assertThat(Bylines.isByline("From the start: Ana Pérez led the race until the last climb and won."))
                .isFalse();
        assertThat(Bylines.isByline("Ayesha Rahman, the minister, said the plan would go ahead."))
                .isFalse();
        assertThat(Bylines.isByline("Correspondent banking: how the rules changed after 2008"))
                .isFalse();
        assertThat(Bylines.isByline("The report was filed from Kyiv by a team of investigators, the ministry said."))
                .isFalse();
    }

    @Test
    void recognisesSeveralAuthorsEachWithAPlaceAndNotesOnHowTheStoryWasMade() {
        assertThat(Bylines.isByline("By Ilse Marwick in Windhoek and Tomas Aguerre in Rosario"))
                .isTrue();
        assertThat(Bylines.isByline("Henrike Solberg wrote this; the Norwegian Polar Institute supplied the maps"))
                .isTrue();
        assertThat(Bylines.isByline("Oskar Lindqvist-Baptiste, senior rugby writer · Sunday 8 March"))
                .isTrue();
        assertThat(Bylines.isByline("Our photographer Adaeze Nwosu-Hart spent a week in Kano for this story."))
                .isTrue();
        assertThat(Bylines.isByline("Rukmini Dasgupta was in Kolkata for us; pictures by the author"))
                .isTrue();
        assertThat(Bylines.isByline("By Tuesday in Rosario and Santa Fe, the floods had receded."))
                .isFalse();
        assertThat(Bylines.isByline("“It was a huge night for us,” Jordan Castillo admitted after the final."))
                .isFalse();
        assertThat(Bylines.isByline("The council under Mayor Ruth Okafor found the money for us, residents say."))
                .isFalse();
    }

    @Test
    void recognisesWordsAndPicturesCredits() {
        assertThat(Bylines.isByline("Words by Duarte Nogueira, our Portugal correspondent, at the Dragão."))
                .isTrue();
        assertThat(Bylines.isByline("Words: Ifeoluwa Adebanjo-Grant, Lagos · Pictures: Kelechi Amadi"))
                .isTrue();
        assertThat(Bylines.isByline("Words matter, the minister told Parliament."))
                .isFalse();
        assertThat(Bylines.isByline("Written in the paddock by Giulia Ferrante-Hale"))
                .isTrue();
        assertThat(Bylines.isByline("Story by Tanvi Rao-Lemaigre | Civic affairs"))
                .isTrue();
        assertThat(Bylines.isByline("Luana Tavares Moura wrote this story from Brasília. Edited by Patrick Esteves."))
                .isTrue();
        assertThat(Bylines.isByline("By Samira Haddad-Lowe in Abu Dhabi Reading time 6 minutes"))
                .isTrue();
        assertThat(Bylines.isByline("Story lines by the dozen were cut, Smith said."))
                .isFalse();
    }

    @Test
    void recognisesReportCreditsAuthorsNotesWithAClauseBeforeThemNotesOnWhoReportedAndBiosWithAHome() {
        assertThat(Bylines.isByline("Report by Shafiqul Alam Khan in Chattogram, with AFP"))
                .isTrue();
        assertThat(Bylines.isByline("Levente Hajdu watched the match from the press box in Debrecen and filed this "
                        + "report for Tisza Touchline."))
                .isTrue();
        assertThat(Bylines.isByline("This story was reported by Jolene Pruett for the River Bend Ledger and is shared "
                        + "with newsrooms in the Southern Illinois News Cooperative."))
                .isTrue();
        assertThat(Bylines.isByline("Ngozi Fomundam writes about technology in Central Africa for Mboa Tech. She lives "
                        + "in Douala."))
                .isTrue();
        assertThat(Bylines.isByline("By Carlton Griffith, CMC sports desk")).isTrue();
        assertThat(Bylines.isByline("Giulia Ferrante, courtside in Modena")).isTrue();
        assertThat(Bylines.isByline("Ivana Perić, chief football writer, at the Maksimir"))
                .isTrue();
        assertThat(Bylines.isByline("Political editor Aled Corkish reports from the House of Keys"))
                .isTrue();
        assertThat(Bylines.isByline("Tom Ashby, pitchside at Kingsholm")).isTrue();
        assertThat(Bylines.isByline("Dragan Petrovski | Business editor, Bitola"))
                .isTrue();
        assertThat(Bylines.isByline("Raúl Ochoa Pineda | football desk, Chinandega"))
                .isTrue();
        assertThat(Bylines.isByline("Camila Brum, fintech reporter, Porto Alegre 14 May 2026"))
                .isTrue();
        assertThat(Bylines.isByline("Health editor Oona Kelleher-Shaw · read by a cardiologist before publication"))
                .isTrue();
        assertThat(Bylines.isByline("This story was produced as part of the Coastal Reporting Project."))
                .isTrue();
        assertThat(Bylines.isByline("Health editor Oona Kelleher-Shaw said the figures were wrong."))
                .isFalse();
        assertThat(Bylines.isByline("Markets · by Ingrid Solvang-Petersen")).isTrue();
        assertThat(Bylines.isByline("Courts desk · Dylan Achterberg")).isTrue();
        assertThat(Bylines.isByline("Ama Boateng in Tamale and Lars Vik in Tromsø · 3 March 2026 · 09:40 GMT"))
                .isTrue();
        assertThat(Bylines.isByline("Ama Boateng in Tamale said the harvest was late."))
                .isFalse();
        assertThat(Bylines.isByline("Camila Brum, the club's reporter, Porto Alegre said on Friday."))
                .isFalse();
        assertThat(Bylines.isByline("Giulia Ferrante, the setter, played in Modena for six seasons."))
                .isFalse();
        assertThat(Bylines.isByline("Report by the committee found that the port had lost money for a decade."))
                .isFalse();
        assertThat(Bylines.isByline("Levente Hajdu scored twice and said this was the best night of his career."))
                .isFalse();
        assertThat(Bylines.isByline("This story was reported by many outlets, but the ministry has not confirmed it."))
                .isFalse();
    }

    @Test
    void recognisesABylineWithTheWritersSeatAndALineForAnUnnamedCorrespondent() {
        assertThat(Bylines.isByline("By Marisol Quintana Ruiz, courtside")).isTrue();
        assertThat(Bylines.isByline("Our correspondent in Kasama")).isTrue();
        assertThat(Bylines.isByline("From our own correspondent")).isTrue();
        assertThat(Bylines.isByline("By our staff reporter")).isTrue();
        assertThat(Bylines.isByline("By Dana Oskenova, Aktobe")).isTrue();
        assertThat(Bylines.isByline("Ruwani Perera, Kandy, 14 March 2026")).isTrue();
        assertThat(Bylines.isByline("Ruwani Perera, Kandy, said the vote was fair on 14 March 2026"))
                .isFalse();
        assertThat(Bylines.isByline("Our correspondent in Kasama was told the count would take two days."))
                .isFalse();
        assertThat(Bylines.isByline("By Marisol Quintana Ruiz, who sat courtside, the game was called early."))
                .isFalse();
        assertThat(Bylines.isByline("Match report: Dimitrija Koneski, courtside in Bitola"))
                .isTrue();
        assertThat(Bylines.isByline("Match report: Koneski was courtside in Bitola when the lights went out."))
                .isFalse();
    }

    @Test
    void keepsSentencesThatBeginWithBy() {
        assertThat(Bylines.isByline("By Monday, the strike had spread to Lagos and Ibadan."))
                .isFalse();
        assertThat(Bylines.isByline("By Tuesday Evening the square was full")).isFalse();
        assertThat(Bylines.isByline("By Ruth Asawa’s standards, the show is small."))
                .isFalse();
        assertThat(Bylines.isByline("By Christmas Eve, prices had doubled")).isFalse();
        assertThat(Bylines.isByline("By 2030 the port will handle twice as many ships."))
                .isFalse();
        assertThat(Bylines.isByline("Reporting by the BBC showed the figures were wrong."))
                .isFalse();
    }

    @Test
    void recognisesAReportersContactLine() {
        assertThat(Bylines.isByline("Our security reporter Veera Lahtinen can be reached securely via Signal. Tips "
                        + "are confidential."))
                .isTrue();
        assertThat(Bylines.isByline("Email the author at tips@harbourgazette.example"))
                .isTrue();
        assertThat(Bylines.isByline("Send us your news tips on WhatsApp")).isTrue();
    }

    @Test
    void keepsSentencesAboutReachingPeople() {
        assertThat(Bylines.isByline("The minister could not be reached for comment on Monday."))
                .isFalse();
        assertThat(Bylines.isByline("Anyone with information can contact police on 101."))
                .isFalse();
        assertThat(Bylines.isByline("The editor can be reached at home, his lawyer said."))
                .isFalse();
    }

    @Test
    void recognisesADateLineWithItsTimeAfterACommaOrABar() {
        assertThat(Bylines.isDateLine("6 May 2026, 10:30 IST")).isTrue();
        assertThat(Bylines.isDateLine("Sunday 22 November 2026 | 16:58")).isTrue();
        assertThat(Bylines.isDateLine("Sunday 15 March 2026 · 19:40 PYT")).isTrue();
        assertThat(Bylines.isDateLine("Sunday 15 March 2026 · Luque scored twice"))
                .isFalse();
    }

    @Test
    void marksASignatureAndTheDateLineBesideItAsFurniture() {
        List<Block> blocks = texts(
                "Meera Pillai, Bengaluru",
                "6 May 2026, 10:30 IST",
                "KhataPay, a Bengaluru start-up, has received final approval from the Reserve Bank of India.",
                "Paris, France",
                "12 March 2026");
        Block.Role[] roles = roles(blocks);

        Bylines.markSignatures(blocks, roles);

        assertThat(roles)
                .containsExactly(
                        Block.Role.FURNITURE, Block.Role.FURNITURE, Block.Role.TEXT, Block.Role.TEXT, Block.Role.TEXT);
    }

    private static List<Block> texts(String... lines) {
        return Arrays.stream(lines).map(Block::text).toList();
    }

    private static Block.Role[] roles(List<Block> blocks) {
        return blocks.stream().map(Block::role).toArray(Block.Role[]::new);
    }
}
