package newsflow.ingest.cleaning.furniture.credits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaptionsTests {

    @Test
    void recognisesCaptionsByTheirLabelOrTheCreditAtTheirEnd() {
        assertThat(Captions.isCaption("Photo: dockers at the port of Gdańsk on Thursday"))
                .isTrue();
        assertThat(Captions.isCaption("Dockers return to work (photo: Marta Nowak)"))
                .isTrue();
        assertThat(Captions.isCaption("Protesters in Lagos on Monday. Photograph: Jane Doe/Reuters"))
                .isTrue();
    }

    @Test
    void keepsSentencesThatSpeakOfPhotos() {
        assertThat(Captions.isCaption("The minister said: the photo was taken in 2019."))
                .isFalse();
        assertThat(Captions.isCaption("A photograph by Annie Leibovitz was shown at the hearing."))
                .isFalse();
    }
}
