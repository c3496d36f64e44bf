package newsflow.launcher.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a JSON Lines stream one line at a time as bytes, in constant memory whatever the input's size: a line longer
 * than the limit is skipped to its end without being kept, and reported as {@link Line#tooLong()}. Not thread-safe.
 */
final class JsonLines {

    /**
     * One line of the input.
     *
     * @param number  its number, from 1
     * @param bytes   its bytes without the line break, or null when it is too long
     * @param tooLong whether it was longer than the limit
     */
    record Line(long number, byte[] bytes, boolean tooLong) {

        boolean isBlank() {
            if (bytes == null) {
                return false;
            }
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private long number;

    JsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        var bytes = new ByteArrayOutputStream();
        boolean tooLong = false;
        int b = in.read();
        if (b == -1) {
            return null;
        }
        while (b != -1 && b != '\n') {
            if (!tooLong && bytes.size() >= maxLineBytes) {
                tooLong = true;
                bytes = null;
            }
            if (!tooLong) {
                bytes.write(b);
            }
            b = in.read();
        }
        number++;
        return new Line(number, tooLong ? null : trimCarriageReturn(bytes.toByteArray()), tooLong);
    }

    private static byte[] trimCarriageReturn(byte[] line) {
        if (line.length > 0 && line[line.length - 1] == '\r') {
            return Arrays.copyOf(line, line.length - 1);
        }
        return line;
    }
}
