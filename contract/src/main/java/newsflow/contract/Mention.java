package newsflow.contract;

/**
 * Where an entity is mentioned: {@code text} is {@code zone text.substring(start, end)}.
 */
public record Mention(ZoneName zone, int start, int end, String text, MentionForm form) {

    public Mention {
        Required.value(zone, "zone");
        Required.text(text, "text");
        Required.value(form, "form");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("mention offsets must satisfy 0 <= start < end: " + start + ".." + end);
        }
    }
}
