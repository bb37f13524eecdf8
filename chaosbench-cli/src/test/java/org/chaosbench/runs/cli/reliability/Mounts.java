package org.chaosbench.runs.cli.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Size-limited and read-only tmpfs folders for the hostile-environment ITs. Needs root and a
 * {@code mount} that works (containers often allow it); {@link #available} says whether it does,
 * for JUnit assumptions. Permission bits alone cannot make a folder read-only for root.
 */
final class Mounts {
    private Mounts() {
    }

    static boolean available(Path probe) {
        try {
            Files.createDirectories(probe);
            boolean ok = run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", probe.toString()) == 0;
            if (ok) {
                run("umount", probe.toString());
            }
            return ok;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    static void tmpfs(Path dir, String size) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        check(run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString()), "mount " + dir);
    }

    static void readOnly(Path dir, boolean ro) throws IOException, InterruptedException {
        check(run("mount", "-o", "remount," + (ro ? "ro" : "rw"), dir.toString()), "remount " + dir);
    }

    static void unmount(Path dir) throws IOException, InterruptedException {
        run("umount", "-l", dir.toString());
    }

    /** Fills the file system of {@code dir} up to {@code free} bytes left. */
    static void fillLeaving(Path dir, long free) throws IOException {
        Path filler = dir.resolve(".filler");
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // No space left: what we wanted.
        }
        try (var ch = java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(Math.max(0, ch.size() - free));
        }
    }

    private static void check(int code, String what) {
        if (code != 0) {
            throw new IllegalStateException(what + " failed: " + code);
        }
    }

    private static int run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(List.of(cmd))).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
