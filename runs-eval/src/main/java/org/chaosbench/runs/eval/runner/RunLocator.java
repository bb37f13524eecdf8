package org.chaosbench.runs.eval.runner;

import java.nio.file.Files;
import java.nio.file.Path;

import org.chaosbench.runs.ingest.io.InvalidInputException;

/** Finds the run folder that {@code --resume} names: a run id under the output folder, or a path. */
public final class RunLocator {
    private RunLocator() {
    }

    public static Path resolve(Path root, Path outputDir, String resume) {
        if (resume == null || resume.isBlank()) {
            throw new IllegalArgumentException("--resume needs a run id or a run folder");
        }
        if (resume.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("--resume must not contain control characters");
        }
        Path asPath = root.resolve(resume);
        if (Files.isDirectory(asPath) && (resume.contains("/") || resume.contains(java.io.File.separator))) {
            return asPath;
        }
        if (resume.contains("/") || resume.contains("\\") || resume.equals("..") || resume.equals(".")) {
            throw new InvalidInputException(asPath, "run folder not found (--resume takes a run id or a run folder)");
        }
        Path underOutput = outputDir.resolve(resume);
        if (!Files.isDirectory(underOutput)) {
            throw new InvalidInputException(underOutput,
                    "run folder not found: no run with id " + resume + " under " + outputDir);
        }
        return underOutput;
    }
}
