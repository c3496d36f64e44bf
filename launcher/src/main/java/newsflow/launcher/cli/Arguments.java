package newsflow.launcher.cli;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.convert.DurationStyle;

/**
 * What the commands' option parsers share: reading an option's value and checking numbers, durations and
 * {@code NAME=VALUE} settings, each failure an {@link IllegalArgumentException} with a message for the user.
 */
public final class Arguments {

    private Arguments() {}

    /** The value after an option. */
    public static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    /** A whole number from {@code min} to {@code max}. */
    public static int number(String value, String option, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw new IllegalArgumentException(
                option + " must be a whole number from " + min + " to " + max + ", not " + value);
    }

    /** A positive duration such as {@code 10s} or {@code PT10S}. */
    public static Duration positiveDuration(String value, String option, String example) {
        try {
            Duration duration = DurationStyle.detectAndParse(value);
            if (!duration.isNegative() && !duration.isZero()) {
                return duration;
            }
        } catch (IllegalArgumentException ex) {
            // reported below
        }
        throw new IllegalArgumentException(
                option + " must be a positive duration such as " + example + ", not " + value);
    }

    /** Adds a {@code NAME=VALUE} setting to {@code settings}. */
    public static void setting(String value, String option, Map<String, String> settings) {
        int equals = value.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException(option + " must be NAME=VALUE, not " + value);
        }
        settings.put(value.substring(0, equals), value.substring(equals + 1));
    }
}
