package org.chaosbench.runs.cli.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Path -> modification time and size of everything under some folders: cheap change detection while a process writes. */
final class Stamps {
    private Stamps() {
    }

    static Map<String, String> of(List<Path> dirs) {
        Map<String, String> stamps = new TreeMap<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(dir)) {
                all.forEach(p -> {
                    try {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                        stamps.put(p.toString(), a.lastModifiedTime().toMillis() + "/" + a.size() + "/" + a.fileKey());
                    } catch (NoSuchFileException gone) {
                        // Renamed or removed while walking: it changed.
                        stamps.put(p.toString(), "gone");
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException | IOException e) {
                // A folder replaced under the walk (publish's renames): that is a change too.
                stamps.put(dir.toString(), "changing");
            }
        }
        return stamps;
    }
}
