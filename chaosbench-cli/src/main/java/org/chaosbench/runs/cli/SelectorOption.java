package org.chaosbench.runs.cli;

import picocli.CommandLine.Option;

import org.chaosbench.runs.ingest.dataset.Selector;

/** {@code --selector}: the dataset selector, relative to the root. */
final class SelectorOption {
    @Option(names = "--selector", paramLabel = "PATH", defaultValue = Selector.DEFAULT_PATH,
            description = "Selector relative to the root (default: ${DEFAULT-VALUE}).")
    String selector;
}
