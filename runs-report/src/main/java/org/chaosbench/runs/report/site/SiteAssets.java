package org.chaosbench.runs.report.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.chaosbench.runs.report.template.TemplateEngine;

/**
 * The static files of the site (style sheet, script), from site-templates; a file of the same
 * relative name under the template folder replaces the bundled one, as for templates.
 */
final class SiteAssets {
    static final List<String> NAMES = List.of("site.css", "site.js");
    static final String FOLDER = "site/assets/";

    private SiteAssets() {
    }

    static byte[] read(Path templateDir, String name) {
        if (templateDir != null) {
            Path override = templateDir.resolve(FOLDER + name);
            if (Files.isRegularFile(override)) {
                try {
                    return Files.readAllBytes(override);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + override, e);
                }
            }
        }
        String resource = TemplateEngine.CLASSPATH_ROOT + "/" + FOLDER + name;
        try (InputStream in = SiteAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("site-templates lacks " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
