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
        StringBuilder text = new StringBuilder(1 << 16);
        for (Path dir : roots(options)) {
            text.append("#root ").append(dir).append('\n');
            walk(dir, text);
        }
        return DerivedFileCache.key(text);
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

    private static void walk(Path dir, StringBuilder text) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    text.append(d).append('/').append('\n');
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    text.append(f).append('\t').append(attrs.size()).append('\t')
                            .append(attrs.lastModifiedTime().toMillis()).append('\n');
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    // Vanished between listing and reading (a publish renaming its staging folder):
                    // the next look sees the settled state.
                    text.append(f).append("\t?\n");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            text.append("#missing\n");
        } catch (IOException e) {
            text.append("#unreadable ").append(e.getClass().getSimpleName()).append('\n');
        }
    }
}
