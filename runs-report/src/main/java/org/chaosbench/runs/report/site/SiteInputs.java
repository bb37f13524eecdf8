package org.chaosbench.runs.report.site;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A fingerprint of the files a site is built from: the published run folders, the live run
 * folders and the user templates, every file's path, size and modification time. Equal
 * fingerprints mean nothing a build reads from those folders changed (our tools replace files
 * by rename, which changes the time; an editor writing in place changes it too). The site
 * folder is never among them ({@link SiteOptions#validated}), so a build never triggers itself.
 */
final class SiteInputs {
    private SiteInputs() {
    }

    static String fingerprint(SiteOptions options) {
        Hash128 hash = new Hash128();
        for (Path dir : roots(options)) {
            hash.text("#root " + dir);
            walk(dir, hash);
        }
        return hash.value();
    }

    private static List<Path> roots(SiteOptions options) {
        List<Path> roots = new ArrayList<>();
        roots.add(options.publishedDir());
        if (options.runsDir() != null) {
            roots.add(options.runsDir());
        }
        if (options.templateDir() != null) {
            roots.add(options.templateDir());
        }
        return roots;
    }

    private static void walk(Path dir, Hash128 hash) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    hash.text(d + "/");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    hash.text(f.toString()).number(attrs.size()).number(attrs.lastModifiedTime().toMillis());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    // Vanished between listing and reading (a publish renaming its staging folder):
                    // the next look sees the settled state.
                    hash.text(f + "\t?");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            hash.text("#missing");
        } catch (IOException e) {
            hash.text("#unreadable " + e.getClass().getSimpleName());
        }
    }
}
