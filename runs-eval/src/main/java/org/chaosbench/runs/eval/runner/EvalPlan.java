package org.chaosbench.runs.eval.runner;

import java.nio.file.Path;

import org.chaosbench.runs.eval.prompt.PromptTemplate;
import org.chaosbench.runs.eval.select.ItemSelection;
import org.chaosbench.runs.ingest.dataset.Dataset;
import org.chaosbench.runs.ingest.dataset.GlobalFingerprint;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.io.InvalidInputException;

/**
 * What a run will evaluate, worked out before any call: the items in order, the prompt, the
 * dataset fingerprint the manifest records.
 *
 * @param datasetSha global SHA of the canonical selector (FORMATS 5.10), or {@code unavailable}
 * @param evaluatedSha SHA-256 of the subset or dataset file evaluated, null for the canonical selector
 */
public record EvalPlan(Path root, EvalSettings settings, PromptTemplate template, ItemSelection selection,
        String datasetSha, String evaluatedSha) {

    public static EvalPlan of(Path root, EvalSettings settings) {
        PromptTemplate template = PromptTemplate.resolve(root, settings.promptTemplate());
        String file = settings.evaluatedFile();
        var items = file == null ? Dataset.load(Selector.read(root, Selector.DEFAULT_PATH))
                : Dataset.loadFile(root.resolve(file));
        ItemSelection selection = ItemSelection.select(items, settings.maxItems(), settings.seed(), settings.shuffleSeed());
        String evaluatedSha = file == null ? null
                : org.chaosbench.runs.ingest.dataset.FileFingerprint.of(root.resolve(file)).sha256();
        return new EvalPlan(root, settings, template, selection, canonicalSha(root), evaluatedSha);
    }

    /** As the original: the canonical selector's SHA whatever was evaluated, {@code unavailable} if it cannot be computed. */
    private static String canonicalSha(Path root) {
        try {
            return GlobalFingerprint.compute(Selector.read(root, Selector.DEFAULT_PATH),
                    GlobalFingerprint.Formula.COUNTED).sha256();
        } catch (InvalidInputException | java.io.UncheckedIOException e) {
            return "unavailable";
        }
    }
}
