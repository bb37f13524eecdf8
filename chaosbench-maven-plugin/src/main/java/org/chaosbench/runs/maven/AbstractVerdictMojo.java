package org.chaosbench.runs.maven;

import java.util.ArrayList;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

import org.chaosbench.runs.report.index.IndexFormat;

/**
 * The parameters that shape the OFFICIAL/EXPLORATORY verdict (the CLI's {@code --freeze-manifest},
 * {@code --prompt-hash}, {@code --subset-size}), shared by the goals that show or gate on it.
 * The repeatable options are comma-separated lists here, so that they work as user properties.
 */
public abstract class AbstractVerdictMojo extends AbstractChaosbenchMojo {
    /**
     * Freeze manifest relative to the root. Example:
     * {@code -Dchaosbench.freezeManifest=artifacts/freeze/v2_freeze_manifest.json}.
     */
    @Parameter(property = "chaosbench.freezeManifest")
    protected String freezeManifest;

    /**
     * Prompt hashes accepted as official besides the configured templates', comma-separated.
     * Example: {@code -Dchaosbench.promptHashes=5881f664c444e3d3}.
     */
    @Parameter(property = "chaosbench.promptHashes")
    protected String promptHashes;

    /**
     * Item counts accepted as documented subset sizes, comma-separated. Example:
     * {@code -Dchaosbench.subsetSizes=1000,5000}.
     */
    @Parameter(property = "chaosbench.subsetSizes")
    protected String subsetSizes;

    protected List<String> promptHashList() {
        return split(promptHashes);
    }

    protected List<Long> subsetSizeList() throws MojoExecutionException {
        List<Long> sizes = new ArrayList<>();
        for (String s : split(subsetSizes)) {
            try {
                sizes.add(Long.parseLong(s));
            } catch (NumberFormatException e) {
                throw new MojoExecutionException("chaosbench.subsetSizes: \"" + s + "\" is not a whole number");
            }
        }
        return sizes;
    }

    protected static IndexFormat indexFormat(String property, String value) throws MojoExecutionException {
        try {
            return IndexFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(property + ": " + e.getMessage());
        }
    }

    private static List<String> split(String list) {
        List<String> parts = new ArrayList<>();
        if (list != null) {
            for (String s : list.split(",")) {
                if (!s.isBlank()) {
                    parts.add(s.strip());
                }
            }
        }
        return parts;
    }
}
