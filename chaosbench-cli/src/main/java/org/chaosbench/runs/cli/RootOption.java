package org.chaosbench.runs.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --root}: the project root every relative path is resolved against. */
final class RootOption {
    @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
            description = "Project root holding data/ and artifacts/ (default: the current directory).")
    Path root;
}
