package org.chaosbench.runs.ingest.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesIntoMissingFoldersAndReplacesWholeFiles() throws IOException {
        Path target = dir.resolve("a/b/out.json");
        AtomicFiles.writeString(target, "old");
        AtomicFiles.writeString(target, "new content");
        assertThat(target).hasContent("new content");
        assertThat(names(target.getParent())).containsExactly("out.json");
    }

    @Test
    void aFailingWriterLeavesTheOldFileAndNoTempFile() throws IOException {
        Path target = dir.resolve("out.txt");
        AtomicFiles.writeString(target, "old");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half".getBytes());
            throw new IOException("disk full");
        })).isInstanceOf(UncheckedIOException.class).hasMessageContaining(target.toString()).hasMessageContaining("disk full");
        assertThat(target).hasContent("old");
        assertThat(names(dir)).containsExactly("out.txt");
    }

    @Test
    void tempFilesOfKilledWritersGoOnTheNextWriteOrSweepButLiveOnesStay() throws IOException {
        Path stale = Files.writeString(dir.resolve(".out.txt.123.tmp"), "killed writer");
        Files.setLastModifiedTime(stale, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path otherStale = Files.writeString(dir.resolve(".page.html.456.tmp"), "killed writer");
        Files.setLastModifiedTime(otherStale, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        Path live = Files.writeString(dir.resolve(".page.html.789.tmp"), "a writer of this moment");
        Files.setLastModifiedTime(live, FileTime.fromMillis(System.currentTimeMillis() + 60_000));

        AtomicFiles.writeString(dir.resolve("out.txt"), "x");
        assertThat(names(dir)).containsExactly(".page.html.456.tmp", ".page.html.789.tmp", "out.txt");

        AtomicFiles.writeUnswept(dir.resolve("page.html"), out -> out.write('y'));
        assertThat(names(dir)).contains(".page.html.456.tmp");
        AtomicFiles.sweepStaleTemps(dir);
        assertThat(names(dir)).containsExactly(".page.html.789.tmp", "out.txt", "page.html");
    }

    @Test
    void linkOrCopyLinksPlainFilesAndReplacesAtomically() throws IOException {
        Path source = Files.writeString(dir.resolve("metrics.json"), "{\"total\": 3}");
        Path target = dir.resolve("site/files/run/metrics.json");
        AtomicFiles.writeString(target, "older copy");
        AtomicFiles.linkOrCopy(source, target);
        assertThat(target).hasContent("{\"total\": 3}");
        assertThat(Files.isSameFile(source, target)).as("a hard link, not a copy").isTrue();
        assertThat(names(target.getParent())).containsExactly("metrics.json");
    }

    @Test
    void linkOrCopyCopiesWhatASymlinkPointsToInsteadOfLinkingTheSymlink() throws IOException {
        Path real = Files.writeString(dir.resolve("real.md"), "# summary");
        Path symlink = Files.createSymbolicLink(dir.resolve("summary.md"), real.getFileName());
        Path target = dir.resolve("site/summary.md");
        AtomicFiles.linkOrCopy(symlink, target);
        assertThat(Files.isSymbolicLink(target)).isFalse();
        assertThat(target).hasContent("# summary");
        assertThat(Files.isSameFile(real, target)).as("an independent copy").isFalse();
    }

    @Test
    void linkOrCopyOfAMissingSourceNamesIt() {
        Path target = dir.resolve("site/x.json");
        assertThatThrownBy(() -> AtomicFiles.linkOrCopy(dir.resolve("gone.json"), target))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("gone.json");
        assertThat(target).doesNotExist();
    }
}
