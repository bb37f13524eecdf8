package org.chaosbench.runs.report.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;

import org.chaosbench.runs.eval.prompt.PromptTemplate;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.policy.PolicyContext;

/**
 * Builds the {@link PolicyContext} of a project the same way for every front end and stage
 * (audit, publish, site): the accepted prompt hashes are those of the project's configured
 * templates (every {@code data/prompts/*.json}, or the bundled default when the project has
 * none) plus the hashes the user lists; documented subset sizes are those the user lists plus
 * the subset files found under data/subsets.
 */
public final class ProjectPolicy {
    public static final String PROMPTS_FOLDER = "data/prompts";

    private ProjectPolicy() {
    }

    /**
     * @param freezeManifest relative to the root unless absolute; null for the default path
     * @throws InvalidInputException for an unreadable template, a malformed hash or freeze manifest
     */
    public static PolicyContext load(Path root, String freezeManifest, Collection<String> extraPromptHashes,
            Collection<Long> subsetSizes) {
        Set<String> hashes = new LinkedHashSet<>(configuredPromptHashes(root));
        for (String h : extraPromptHashes) {
            if (h == null || !h.matches("[0-9a-f]{16}")) {
                throw new InvalidInputException(Path.of("--prompt-hash"), "\"" + h
                        + "\" is not a prompt hash: 16 lowercase hex digits expected, as in a manifest's prompt_hash");
            }
            hashes.add(h);
        }
        for (Long size : subsetSizes) {
            if (size == null || size <= 0) {
                throw new InvalidInputException(Path.of("--subset-size"), size + " is not a subset size: a positive count expected");
            }
        }
        return PolicyContext.load(root, freezeManifest, hashes, Set.copyOf(subsetSizes));
    }

    /** The hashes of data/prompts/*.json in name order; the bundled default when there are none. */
    public static Set<String> configuredPromptHashes(Path root) {
        Set<String> hashes = new LinkedHashSet<>();
        Path folder = root.resolve(PROMPTS_FOLDER);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    hashes.add(PromptTemplate.read(file).hash());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (hashes.isEmpty()) {
            hashes.add(PromptTemplate.resolve(root, PromptTemplate.DEFAULT_PATH).hash());
        }
        return hashes;
    }
}
