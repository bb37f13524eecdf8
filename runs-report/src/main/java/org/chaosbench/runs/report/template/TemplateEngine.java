package org.chaosbench.runs.report.template;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileExtensionMatcher;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import org.chaosbench.runs.ingest.io.InvalidInputException;

/**
 * Renders the FreeMarker templates of the site-templates module. Escaping follows the file
 * extension, so it holds by construction: {@code .ftlh} HTML, {@code .ftlmd} Markdown,
 * {@code .ftltex} LaTeX, {@code .ftlcsv} CSV (see {@link EscapingOutputFormat}); {@code .ftl}
 * is plain text and only for templates that print no run data.
 *
 * <p>A user override folder, when given, is searched first: a file there with the same
 * relative name replaces the bundled template (issue 6: {@code --template-dir}).
 */
public final class TemplateEngine {
    /** Where site-templates keeps its templates on the class path. */
    public static final String CLASSPATH_ROOT = "/org/chaosbench/runs/templates";

    private final Configuration configuration;

    private TemplateEngine(Configuration configuration) {
        this.configuration = configuration;
    }

    /** The bundled templates only. */
    public static TemplateEngine bundled() {
        return withOverrides(null);
    }

    /**
     * The bundled templates, each replaceable by a file of the same relative name under
     * {@code overrideDir} (null for none). A folder that does not exist is an error: a typo
     * must not silently fall back to the bundled templates.
     */
    public static TemplateEngine withOverrides(Path overrideDir) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        // Numbers reach templates pre-formatted (Python semantics live in compat); any raw
        // number printed still comes out without grouping or locale digits.
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
                byExtension("ftlmd", EscapingOutputFormat.MARKDOWN),
                byExtension("ftltex", EscapingOutputFormat.LATEX),
                byExtension("ftlcsv", EscapingOutputFormat.CSV)).allowNoMatch(true));
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrideDir != null) {
            if (!Files.isDirectory(overrideDir)) {
                throw new InvalidInputException(overrideDir, "the template folder does not exist or is not a folder");
            }
            try {
                loaders.add(new FileTemplateLoader(overrideDir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, CLASSPATH_ROOT));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        return new TemplateEngine(cfg);
    }

    private static ConditionalTemplateConfigurationFactory byExtension(String extension, EscapingOutputFormat format) {
        TemplateConfiguration tc = new TemplateConfiguration();
        tc.setOutputFormat(format);
        tc.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        return new ConditionalTemplateConfigurationFactory(new FileExtensionMatcher(extension), tc);
    }

    /** The text of a bundled template (relative to the template root), e.g. to key a cache of what it renders. */
    public static String bundledSource(String name) {
        try (java.io.InputStream in = TemplateEngine.class.getResourceAsStream(CLASSPATH_ROOT + "/" + name)) {
            if (in == null) {
                throw new TemplateRenderException(name, "is not a bundled template", null);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TemplateRenderException(name, "cannot be loaded: " + e.getMessage(), e);
        }
    }

    /**
     * Renders {@code name} (relative to the template root) with a plain model of maps, lists,
     * strings, numbers and booleans. A template error is reported with the template's name and
     * line, as FreeMarker gives them.
     */
    public String render(String name, Map<String, ?> model) {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            throw new TemplateRenderException(name, e.getMessage(), e);
        } catch (IOException e) {
            throw new TemplateRenderException(name, "cannot be loaded: " + e.getMessage(), e);
        }
    }
}
