package newsflow.launcher.reliability;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small disk of its own (a tmpfs) under a folder, so the harness can fill it up the way a real disk fills up: every
 * write then fails with "No space left on device". Mounting needs root; where it is not allowed the scenario that
 * needs it is skipped, saying so.
 */
final class SmallDisk {

    private SmallDisk() {}

    /** Mounts a tmpfs of this size (e.g. {@code 1g}) on the folder; false when this machine does not allow it. */
    static boolean mount(Path folder, String size) {
        return run(List.of("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder.toString()));
    }

    static void unmount(Path folder) {
        if (Files.isDirectory(folder)) {
            run(List.of("umount", folder.toString()));
        }
    }

    /** Writes a file until the disk is full; returns it, to be {@linkplain #free freed}. */
    static Path fill(Path folder) {
        Path filler = folder.resolve("disk-filler");
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(chunk);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw new UncheckedIOException("expected a full disk", full);
            }
            return filler;
        }
    }

    static void free(Path filler) {
        try {
            Files.deleteIfExists(filler);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Runs a command for at most 30 s (killed past that): whether it succeeded. */
    private static boolean run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException ex) {
            return false;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
