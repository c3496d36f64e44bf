package newsflow.ingest.cleaning;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylinesTests {

    @Test
    void recognisesBylinesWithRolesPlacesAndDatesAndWireCreditLines() {
        assertThat(Bylines.isByline("By Pieter Vandamme and Ines Kowalczyk")).isTrue();
        assertThat(Bylines.isByline("By Liis Mägi, Tallinn correspondent · 14 April 2026 · 5 min read")).isTrue();
        assertThat(Bylines.isByline("BY AMARA DIALLO in Dakar")).isTrue();
        assertThat(Bylines.isByline("By Ewa Zielińska, Baltic correspondent")).isTrue();
        assertThat(Bylines.isByline("Reporting by Yuki Sasaki; editing by Hannah Lim in Singapore")).isTrue();
        assertThat(Bylines.isByline("(Additional reporting by Jonas Petersen in Aarhus)")).isTrue();
    }

    @Test
    void keepsSentencesThatBeginWithBy() {
        assertThat(Bylines.isByline("By Monday, the strike had spread to Lagos and Ibadan.")).isFalse();
        assertThat(Bylines.isByline("By Tuesday Evening the square was full")).isFalse();
        assertThat(Bylines.isByline("By Ruth Asawa’s standards, the show is small.")).isFalse();
        assertThat(Bylines.isByline("By Christmas Eve, prices had doubled")).isFalse();
        assertThat(Bylines.isByline("By 2030 the port will handle twice as many ships.")).isFalse();
        assertThat(Bylines.isByline("Reporting by the BBC showed the figures were wrong.")).isFalse();
    }
}
