package org.chaosbench.runs.ingest.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * Temporary folders in memory (/dev/shm) where the machine has it. The fuzzer rewrites small
 * files hundreds of thousands of times, and ext4 flushes a file that is truncated and
 * rewritten, which made each case cost milliseconds of disk time that measured nothing.
 */
final class MemoryTempDir implements TempDirFactory {
    @Override
    public Path createTempDirectory(org.junit.jupiter.api.extension.AnnotatedElementContext element,
            ExtensionContext context) throws IOException {
        Path shm = Path.of("/dev/shm");
        if (Files.isDirectory(shm) && Files.isWritable(shm)) {
            return Files.createTempDirectory(shm, "chaosbench-fuzz-");
        }
        return Files.createTempDirectory("chaosbench-fuzz-");
    }
}
