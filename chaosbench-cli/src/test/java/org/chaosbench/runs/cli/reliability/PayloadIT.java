package org.chaosbench.runs.cli.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.chaosbench.runs.cli.Jar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 item 4, injection: runs whose ids and model names carry HTML, Markdown, LaTeX and
 * CSV-formula payloads go through the audit, the paper assets, publish, the index and the site
 * as OFFICIAL runs (so they reach every table); every output file must render them harmless for
 * its format. The oracle for each format is independent of the product's escapers.
 */
class PayloadIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Folder name (run id) and model name of each hostile run. */
    static final List<String[]> RUNS = List.of(
            new String[] {"20261129T000001Z_<script>alert(1)<&script>", "<script>alert(1)</script><img src=x onerror=alert(2)>"},
            new String[] {"=cmd|' calc'!A0", "=cmd|' /C calc'!A0"},
            new String[] {"20261129T000003Z_tex_$x^2$_%_#_~_&", "\\input{/etc/passwd}\\write18{id} 100% $x$ #1 ~"},
            new String[] {"20261129T000004Z_| x |_*b*_[a](javascript:alert(1))", "| x | `tick` [l](javascript:alert(1)) **b**"},
            new String[] {"+SUM(1+1)", "@SUM(A1) -2+3 \"quoted\", comma"});

    @TempDir
    Path tmp;

    @Test
    @Timeout(value = 900, unit = TimeUnit.SECONDS)
    void payloadsInRunIdsAndModelNamesAreHarmlessInEveryOutput() throws Exception {
        Path root = Jar.projectWithDataset(tmp.resolve("root"));
        Path logs = tmp.resolve("logs");
        String commit = Git.taggedMaster(root);
        ok(Jar.run(logs, "freeze", List.of("freeze", "--root", root.toString())));
        Path scratch = tmp.resolve("scratch");
        ok(Jar.run(logs, "eval", List.of("eval", "--provider", "mock", "--root", root.toString(), "--output-dir",
                scratch.toString())));
        Path template = Jar.runs(scratch).get(0);
        ObjectNode manifest = (ObjectNode) JSON.readTree(template.resolve("run_manifest.json").toFile());
        String promptHash = manifest.get("prompt_hash").asText();
        for (String[] run : RUNS) {
            Path dir = Files.createDirectories(root.resolve("runs").resolve(run[0]));
            for (String f : List.of("predictions.jsonl", "metrics.json", "summary.md")) {
                Files.copy(template.resolve(f), dir.resolve(f));
            }
            ObjectNode m = manifest.deepCopy();
            m.put("run_id", run[0]);
            m.put("provider", "mock/" + run[1]);
            m.put("model", run[1]);
            m.put("git_commit", commit);
            Files.writeString(dir.resolve("run_manifest.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(m));
        }
        String r = root.toString();
        ok(Jar.run(logs, "analyze-runs", List.of("analyze-runs", "--root", r, "--prompt-hash", promptHash, "--out-dir",
                root.resolve("audit").toString(), "--paper-assets-dir", root.resolve("paper").toString())));
        Jar assets = Jar.run(logs, "paper-assets", List.of("paper-assets", "--root", r, "--prompt-hash", promptHash,
                "--out", root.resolve("assets").toString()));
        ok(assets);
        assertThat(assets.output()).as("the hostile runs are official, so they reach the paper tables")
                .contains(RUNS.size() + " official run(s)");
        for (String[] run : RUNS) {
            Jar p = Jar.run(logs, "publish", List.of("publish-run", "--root", r, "--run", "runs/" + run[0], "--prompt-hash",
                    promptHash));
            ok(p);
        }
        ok(Jar.run(logs, "index", List.of("index", "--root", r, "--prompt-hash", promptHash)));
        ok(Jar.run(logs, "site", List.of("site", "--root", r, "--published-dir",
                root.resolve("published_results/runs").toString(), "--runs-dir", root.resolve("runs").toString(), "--out",
                root.resolve("site").toString())));

        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String out : List.of("audit", "paper", "assets", "published_results", "site")) {
            try (Stream<Path> files = Files.walk(root.resolve(out))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (name.startsWith(".") || name.endsWith(".png") || name.endsWith(".gz")) {
                        continue;
                    }
                    checked++;
                    problems.addAll(Harmless.check(root.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8)));
                }
            }
        }
        System.out.printf("[payload] %d hostile runs, %d output files checked, %d problems%n", RUNS.size(), checked,
                problems.size());
        assertThat(problems).isEmpty();
        assertThat(checked).isGreaterThan(20);
    }

    private static void ok(Jar p) {
        assertThat(p.exit()).as(p.output()).isZero();
        assertThat(p.err()).doesNotContain("\tat ");
    }

    /** Format oracles: what a payload must never do in each kind of file. */
    static final class Harmless {
        private static final Pattern HTML_ACTIVE = Pattern.compile("<script>alert|<img src=x|<img[^>]*onerror|=\"javascript:",
                Pattern.CASE_INSENSITIVE);
        private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?:.+?)\\1");

        static List<String> check(String rel, String text) throws IOException {
            List<String> problems = new ArrayList<>();
            if (rel.endsWith(".html") || rel.endsWith(".svg") || rel.endsWith(".js")) {
                find(problems, rel, text, HTML_ACTIVE, "active HTML");
            } else if (rel.endsWith(".md")) {
                markdown(problems, rel, text);
            } else if (rel.endsWith(".tex")) {
                latex(problems, rel, text);
            } else if (rel.endsWith(".csv")) {
                csv(problems, rel, text);
            } else if (rel.endsWith(".json")) {
                JSON.readTree(text);
            }
            return problems;
        }

        private static void find(List<String> problems, String rel, String text, Pattern p, String what) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                problems.add(rel + ": " + what + " at offset " + m.start() + ": " + around(text, m.start()));
            }
        }

        private static String around(String text, int at) {
            return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60)).replace("\n", "\\n");
        }

        /** Raw HTML or a javascript: link outside code spans; table rows with a cell count unlike their header's. */
        private static void markdown(List<String> problems, String rel, String text) {
            int headerCells = -1;
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                String outside = CODE_SPAN.matcher(line.replace("\\`", "")).replaceAll("");
                if (Pattern.compile("(?<!\\\\)<(script|img)", Pattern.CASE_INSENSITIVE).matcher(outside).find()
                        || Pattern.compile("(?<!\\\\)\\]\\(javascript:", Pattern.CASE_INSENSITIVE).matcher(outside).find()) {
                    problems.add(rel + ":" + (i + 1) + ": raw HTML or link outside code: " + line);
                }
                if (line.startsWith("|")) {
                    int cells = line.split("(?<!\\\\)\\|", -1).length;
                    if (headerCells < 0) {
                        headerCells = cells;
                    } else if (cells != headerCells) {
                        problems.add(rel + ":" + (i + 1) + ": " + cells + " cells, header has " + headerCells + ": " + line);
                    }
                } else {
                    headerCells = -1;
                }
            }
        }

        /** A backslash command from a payload, or an unescaped comment or math sign on a payload line. */
        private static void latex(List<String> problems, String rel, String text) {
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].replace("\\textbackslash{}", "");
                if (line.contains("\\input") || line.contains("\\write18")) {
                    problems.add(rel + ":" + (i + 1) + ": LaTeX command from a payload: " + lines[i]);
                }
                if (line.contains("tex") && line.contains("x^2")
                        && Pattern.compile("(?<!\\\\)[%#]|(?<!\\\\)\\$x").matcher(line).find()) {
                    problems.add(rel + ":" + (i + 1) + ": unescaped LaTeX special: " + lines[i]);
                }
            }
        }

        /** Cells starting like a formula (=, +, -, @, tab, CR), RFC 4180 parsing. */
        private static void csv(List<String> problems, String rel, String text) {
            int row = 1;
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean atStart = true;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : '\n';
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cell.append(c);
                    }
                    continue;
                }
                if (c == '"' && atStart) {
                    quoted = true;
                    atStart = false;
                } else if (c == ',' || c == '\n') {
                    String v = cell.toString();
                    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("[-+]?[0-9.eE+-]+")) {
                        problems.add(rel + ":" + row + ": formula-like cell: " + v);
                    }
                    cell.setLength(0);
                    atStart = true;
                    if (c == '\n') {
                        row++;
                    }
                } else {
                    cell.append(c);
                    atStart = false;
                }
            }
        }
    }
}
