package org.chaosbench.runs.report.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateEngineTest {
    private static final String HOSTILE = "<script>x</script>|*a*_b_ `c` \\ {d} $e & #f ^g ~h %i";

    @TempDir
    Path dir;

    private String render(String name, String body) throws Exception {
        Files.writeString(dir.resolve(name), body);
        return TemplateEngine.withOverrides(dir).render(name, Map.of("v", HOSTILE, "n", 1234.5, "items", List.of("a", "b")));
    }

    @Test
    void htmlTemplatesEscapeByExtension() throws Exception {
        assertThat(render("t.ftlh", "<p>${v}</p>"))
                .isEqualTo("<p>&lt;script&gt;x&lt;/script&gt;|*a*_b_ `c` \\ {d} $e &amp; #f ^g ~h %i</p>");
    }

    @Test
    void markdownTemplatesEscapeEveryMarkupCharacter() throws Exception {
        assertThat(render("t.ftlmd", "| ${v} |"))
                .isEqualTo("| \\<script\\>x\\</script\\>\\|\\*a\\*\\_b\\_ \\`c\\` \\\\ \\{d\\} \\$e \\& \\#f ^g \\~h %i |");
    }

    @Test
    void latexTemplatesEscapeTheTenSpecials() throws Exception {
        assertThat(render("t.ftltex", "${v}")).isEqualTo("<script>x</script>|*a*\\_b\\_ `c` \\textbackslash{} "
                + "\\{d\\} \\$e \\& \\#f \\textasciicircum{}g \\textasciitilde{}h \\%i");
    }

    @Test
    void csvTemplatesQuoteAndDefuseFormulas() throws Exception {
        Files.writeString(dir.resolve("c.ftlcsv"), "<#list items as i>${i},</#list>${v}");
        TemplateEngine engine = TemplateEngine.withOverrides(dir);
        assertThat(engine.render("c.ftlcsv", Map.of("items", List.of("=cmd|' /C calc'!A0", "-0.05", "-x", "a,\"b\""),
                "v", "+1"))).isEqualTo("'=cmd|' /C calc'!A0,-0.05,'-x,\"a,\"\"b\"\"\",'+1");
    }

    @Test
    void rawNumbersPrintWithoutLocaleGrouping() throws Exception {
        assertThat(render("n.ftl", "${n}")).isEqualTo("1234.5");
    }

    @Test
    void anOverrideReplacesTheBundledTemplateOfTheSameName() throws Exception {
        String bundled = TemplateEngine.bundled().render("selftest.ftlmd", Map.of("v", "x*"));
        assertThat(bundled).isEqualTo("bundled x\\*\n");
        Files.writeString(dir.resolve("selftest.ftlmd"), "mine ${v}");
        assertThat(TemplateEngine.withOverrides(dir).render("selftest.ftlmd", Map.of("v", "x*"))).isEqualTo("mine x\\*");
    }

    @Test
    void aMissingOverrideFolderIsAnErrorNotASilentFallback() {
        assertThatThrownBy(() -> TemplateEngine.withOverrides(dir.resolve("nope")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nope");
    }

    @Test
    void templateErrorsNameTheTemplate() throws Exception {
        Files.writeString(dir.resolve("bad.ftlmd"), "line1\n${missing}");
        assertThatThrownBy(() -> TemplateEngine.withOverrides(dir).render("bad.ftlmd", Map.of()))
                .isInstanceOf(TemplateRenderException.class).hasMessageContaining("bad.ftlmd")
                .hasMessageContaining("line 2");
        assertThatThrownBy(() -> TemplateEngine.bundled().render("absent.ftlh", Map.of()))
                .isInstanceOf(TemplateRenderException.class).hasMessageContaining("absent.ftlh");
    }
}
