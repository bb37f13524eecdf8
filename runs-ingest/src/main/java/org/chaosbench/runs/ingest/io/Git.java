package org.chaosbench.runs.ingest.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Asks git about the project; every failure means "unknown", never an exception. */
public final class Git {
    private Git() {
    }

    /** What a git command answered: its exit code (-1 when it could not run) and its trimmed output. */
    public record Answer(int exit, String out) {
        public boolean ok() {
            return exit == 0;
        }
    }

    /** {@code git rev-parse --short HEAD} in {@code root}, or null when that fails. */
    public static String shortCommit(Path root) {
        Answer a = run(root, "rev-parse", "--short", "HEAD");
        return a.ok() && !a.out().isEmpty() ? a.out() : null;
    }

    /** Runs {@code git args...} in {@code root}; never throws (stderr is discarded, 30 s at most). */
    public static Answer run(Path root, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process p = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Answer(-1, "");
            }
            return new Answer(p.exitValue(), new String(out, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return new Answer(-1, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "");
        }
    }
}
