package newsflow.contract;

/** One zone of an article's text. Mention offsets are character offsets into {@code text}. */
public record Zone(ZoneName name, String text) {

    public Zone {
        Required.value(name, "name");
        Required.value(text, "text");
    }
}
