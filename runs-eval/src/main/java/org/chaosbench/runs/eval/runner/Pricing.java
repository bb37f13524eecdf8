package org.chaosbench.runs.eval.runner;

import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.io.JsonFiles;

/**
 * Prices per million tokens from data/pricing/&lt;provider&gt;.json:
 * {@code {"updated": "...", "models": {"<model>": {"input_per_1m_tokens": x, "output_per_1m_tokens": y}}}}.
 */
public final class Pricing {
    public static final String DIR = "data/pricing";

    private Pricing() {
    }

    /** The budget for {@code --max-usd}; a limit without a known price is an error, never a silent no-op. */
    public static Budget budgetFor(Path root, EvalSettings s) {
        if (s.maxUsd() == null) {
            return Budget.none();
        }
        if (WorkerPolicy.OFFLINE.contains(s.provider()) || WorkerPolicy.LOCAL.contains(s.provider())) {
            return Budget.none(); // local and offline models cost nothing: no limit to keep
        }
        Path file = root.resolve(DIR).resolve(s.provider() + ".json");
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file, "no price list for provider " + s.provider()
                    + ": --max-usd needs one (see data/pricing/README.md)");
        }
        JsonNode model = JsonFiles.readObject(file).path("models").path(s.model() == null ? "" : s.model());
        if (!model.path("input_per_1m_tokens").isNumber() || !model.path("output_per_1m_tokens").isNumber()) {
            throw new InvalidInputException(file, "no price for model \"" + s.model()
                    + "\": add input_per_1m_tokens and output_per_1m_tokens under \"models\"");
        }
        return Budget.of(s.maxUsd(), model.get("input_per_1m_tokens").asDouble(),
                model.get("output_per_1m_tokens").asDouble());
    }
}
