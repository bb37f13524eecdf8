package org.chaosbench.runs.ingest.fuzz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.audit.run.DiscoveredRun;
import org.chaosbench.runs.ingest.audit.run.Finding;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.audit.run.RunAuditor;
import org.chaosbench.runs.ingest.dataset.Dataset;
import org.chaosbench.runs.ingest.dataset.DatasetItem;
import org.chaosbench.runs.ingest.dataset.DatasetValidator;
import org.chaosbench.runs.ingest.dataset.FreezeManifest;
import org.chaosbench.runs.ingest.dataset.Selector;
import org.chaosbench.runs.ingest.dataset.SubsetManifest;
import org.chaosbench.runs.ingest.dataset.ValidationReport;
import org.chaosbench.runs.ingest.fuzz.Subject.Format;
import org.chaosbench.runs.ingest.fuzz.Subject.Mode;
import org.chaosbench.runs.ingest.fuzz.Subject.Seed;
import org.chaosbench.runs.ingest.io.InvalidInputException;
import org.chaosbench.runs.ingest.metrics.RunMetrics;
import org.chaosbench.runs.ingest.policy.GitQuery;
import org.chaosbench.runs.ingest.policy.PolicyContext;
import org.chaosbench.runs.ingest.run.Checkpoint;
import org.chaosbench.runs.ingest.run.MetricsRecomputer;
import org.chaosbench.runs.ingest.run.PredictionRecord;
import org.chaosbench.runs.ingest.run.PredictionsFile;
import org.chaosbench.runs.ingest.run.RunManifest;

/**
 * Every reader the fuzzer attacks. To add one (the publish receipt reader, for instance), add
 * a {@link Subject} to {@link #all()}: seeds from {@link Seeds}, the file it reads, and its
 * result in a comparable form.
 */
final class Subjects {
    private Subjects() {
    }

    static List<Subject> all(Seeds seeds) {
        List<Subject> all = new ArrayList<>();
        all.add(new Simple("dataset", Mode.STRICT, seeds.datasetFiles(), Subjects::datasetFixture,
                (work, target) -> {
                    List<DatasetItem> items = Dataset.load(Selector.read(work, Selector.DEFAULT_PATH));
                    return ReadResult.records(items, items.size());
                }));
        all.add(new Simple("dataset-validator", Mode.STRICT, seeds.datasetFiles(), Subjects::datasetFixture,
                (work, target) -> {
                    ValidationReport r = DatasetValidator.validateFile(target, false);
                    return ReadResult.records(List.of(r.files(), r.families()), (int) r.items());
                }));
        all.add(new Simple("dataset-lenient", Mode.FINDINGS, seeds.datasetFiles(), Subjects::datasetFixture,
                (work, target) -> {
                    ValidationReport r = DatasetValidator.validateFile(target, true);
                    List<String> messages = r.problems().stream().map(InvalidInputException::getMessage).toList();
                    return ReadResult.reported(List.of(r.files(), r.families(), messages), messages);
                }));
        all.add(new Simple("selector", Mode.STRICT, seeds.selectors(),
                (work, seed) -> Files.createDirectories(work.resolve("data")).resolve("canonical_v2_files.json"),
                (work, target) -> ReadResult.of(Selector.read(work, Selector.DEFAULT_PATH))));
        all.add(new Simple("subset-manifest", Mode.STRICT, seeds.subsetManifests(),
                (work, seed) -> work.resolve("subset.manifest.json"),
                (work, target) -> ReadResult.of(render(SubsetManifest.read(target)))));
        all.add(new Simple("freeze-manifest", Mode.STRICT, seeds.freezeManifests(),
                (work, seed) -> work.resolve("v2_freeze_manifest.json"),
                (work, target) -> ReadResult.of(FreezeManifest.read(target))));
        all.add(new Simple("run-manifest", Mode.STRICT, seeds.runManifests(),
                (work, seed) -> work.resolve(RunManifest.FILE_NAME),
                (work, target) -> ReadResult.of(RunManifest.read(target))));
        all.add(new Simple("predictions", Mode.STRICT, seeds.predictions(),
                (work, seed) -> work.resolve("predictions.jsonl"),
                (work, target) -> {
                    List<PredictionRecord> records = PredictionsFile.read(target);
                    return ReadResult.records(records, records.size());
                }));
        all.add(new Simple("checkpoint", Mode.SKIPS_BAD_LINES, seeds.checkpoints(),
                (work, seed) -> work.resolve(Checkpoint.FILE_NAME),
                (work, target) -> {
                    Checkpoint.Loaded l = Checkpoint.load(target);
                    return ReadResult.skipping(List.of(l.records(), l.emptyResponses()), l.skippedLines());
                }));
        all.add(new MetricsRecomputeSubject(seeds));
        all.add(AuditSubject.metrics(seeds));
        all.add(AuditSubject.runFiles(seeds));
        // The publish receipt's reader is the site's (runs-report), beyond this module's
        // dependencies: runs-report's ReceiptFuzzTest fuzzes it with these classes and
        // Seeds.receipts().
        return all;
    }

    /** A selector listing the one fuzzed file, so Dataset.load goes through the selector as in real use. */
    private static Path datasetFixture(Path work, Seed seed) throws Exception {
        Files.createDirectories(work.resolve("data"));
        Files.writeString(work.resolve(Selector.DEFAULT_PATH), "{\"files\": [\"data/case.jsonl\"]}");
        return work.resolve("data/case.jsonl");
    }

    private static String render(SubsetManifest m) {
        String families = m.perFamilyCounts().entrySet().stream()
                .map(e -> e.getKey() + "=" + Arrays.toString(e.getValue())).collect(Collectors.joining(", "));
        return Arrays.asList(m.path(), m.generation(), m.subsetName(), m.size(), m.seed(), m.sha256(),
                m.datasetGlobalSha256(), m.trueCount(), m.falseCount()) + " {" + families + "}";
    }

    /** A subject given by two functions. */
    interface Prepare {
        Path prepare(Path work, Seed seed) throws Exception;
    }

    interface Read {
        ReadResult read(Path work, Path target) throws Exception;
    }

    record Simple(String name, Mode mode, List<Seed> seeds, Prepare preparer, Read reader) implements Subject {
        @Override
        public Path prepare(Path work, Seed seed) throws Exception {
            return preparer.prepare(work, seed);
        }

        @Override
        public ReadResult read(Path work, Path target) throws Exception {
            return reader.read(work, target);
        }
    }

    /** MetricsRecomputer over a real run whose predictions or manifest is fuzzed; it writes, so partial output is checked too. */
    static final class MetricsRecomputeSubject implements Subject {
        private final List<Seed> seeds = new ArrayList<>();
        private final Map<Seed, Path> runOf = new java.util.IdentityHashMap<>();

        MetricsRecomputeSubject(Seeds s) {
            for (Path run : s.predictionRuns()) {
                Seed p = Seeds.jsonl(run.resolve("predictions.jsonl"));
                Seed m = Seeds.document(run.resolve(RunManifest.FILE_NAME));
                seeds.add(p);
                seeds.add(m);
                runOf.put(p, run);
                runOf.put(m, run);
            }
        }

        @Override
        public String name() {
            return "metrics-recompute";
        }

        @Override
        public Mode mode() {
            return Mode.STRICT;
        }

        @Override
        public List<Seed> seeds() {
            return seeds;
        }

        @Override
        public Path prepare(Path work, Seed seed) throws Exception {
            Path run = Files.createDirectories(work.resolve("run"));
            Files.write(run.resolve("predictions.jsonl"), Seeds.jsonl(runOf.get(seed).resolve("predictions.jsonl")).bytes());
            Files.copy(runOf.get(seed).resolve(RunManifest.FILE_NAME), run.resolve(RunManifest.FILE_NAME));
            return run.resolve(seed.format() == Format.JSONL ? "predictions.jsonl" : RunManifest.FILE_NAME);
        }

        @Override
        public ReadResult read(Path work, Path target) throws Exception {
            Path out = work.resolve("out");
            deleteTree(out);
            RunMetrics m = MetricsRecomputer.recompute(work.resolve("run"), out);
            String written = Files.readString(out.resolve("metrics.json")) + "\n---\n" + Files.readString(out.resolve("summary.md"));
            return target.getFileName().toString().endsWith(".jsonl") ? ReadResult.records(written, (int) m.total())
                    : ReadResult.of(written);
        }

        @Override
        public String afterRead(Path work, boolean accepted) throws Exception {
            Path out = work.resolve("out");
            try (Stream<Path> s = Files.walk(work)) {
                List<Path> temps = s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
                if (!temps.isEmpty()) {
                    return "temporary files left behind: " + temps;
                }
            }
            if (!accepted) {
                if (Files.exists(out)) {
                    try (Stream<Path> s = Files.list(out)) {
                        List<Path> left = s.toList();
                        if (!left.isEmpty()) {
                            return "a refused input left output files: " + left;
                        }
                    }
                }
                return null;
            }
            byte[] metrics = Files.readAllBytes(out.resolve("metrics.json"));
            if (Oracle.document(metrics) == null) {
                return "metrics.json written is not complete JSON";
            }
            String summary = Files.readString(out.resolve("summary.md"), StandardCharsets.UTF_8);
            return summary.endsWith("\n") ? null : "summary.md written is incomplete";
        }
    }

    /** The per-run audit with one of the run's files fuzzed; it must never throw. */
    static final class AuditSubject implements Subject {
        private static final Path NO_GIT = Path.of("/nonexistent-fuzz-project");
        // No freeze manifest and no git folder: the rules answer at once, without a git process per case.
        private static final PolicyContext CONTEXT = new PolicyContext(NO_GIT, null, null, Set.of("5881f664c444e3d3"),
                Set.of(), List.of(), new GitQuery(NO_GIT), null);

        private final String name;
        private final List<Seed> seeds = new ArrayList<>();
        private final Map<Seed, Path> runOf = new java.util.IdentityHashMap<>();
        private final Map<Seed, String> fileOf = new java.util.IdentityHashMap<>();

        private AuditSubject(String name) {
            this.name = name;
        }

        /** metrics.json as the audit reads it (StoredMetrics), over real and published runs. */
        static AuditSubject metrics(Seeds s) {
            AuditSubject a = new AuditSubject("audit-metrics");
            for (Path run : s.runFolders()) {
                if (Files.isRegularFile(run.resolve("metrics.json"))) {
                    a.add(Seeds.document(run.resolve("metrics.json")), run, "metrics.json");
                }
            }
            return a;
        }

        /** run_manifest.json and predictions.jsonl as the audit reads them. */
        static AuditSubject runFiles(Seeds s) {
            AuditSubject a = new AuditSubject("audit-run");
            for (Path run : s.runFolders()) {
                a.add(Seeds.document(run.resolve(RunManifest.FILE_NAME)), run, RunManifest.FILE_NAME);
                if (Files.isRegularFile(run.resolve("predictions.jsonl"))) {
                    a.add(Seeds.jsonl(run.resolve("predictions.jsonl")), run, "predictions.jsonl");
                }
            }
            return a;
        }

        private void add(Seed seed, Path run, String file) {
            seeds.add(seed);
            runOf.put(seed, run);
            fileOf.put(seed, file);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Mode mode() {
            return Mode.FINDINGS;
        }

        @Override
        public List<Seed> seeds() {
            return seeds;
        }

        @Override
        public Path prepare(Path work, Seed seed) throws Exception {
            Path from = runOf.get(seed);
            Path run = Files.createDirectories(work.resolve(from.getFileName().toString()));
            for (String f : List.of(RunManifest.FILE_NAME, "metrics.json")) {
                if (Files.isRegularFile(from.resolve(f))) {
                    Files.copy(from.resolve(f), run.resolve(f));
                }
            }
            if (Files.isRegularFile(from.resolve("predictions.jsonl"))) {
                Files.write(run.resolve("predictions.jsonl"), Seeds.jsonl(from.resolve("predictions.jsonl")).bytes());
            }
            return run.resolve(fileOf.get(seed));
        }

        @Override
        public ReadResult read(Path work, Path target) throws Exception {
            Path run = target.getParent();
            DiscoveredRun.Source source = Files.exists(run.resolve("predictions.jsonl")) ? DiscoveredRun.Source.RUNS
                    : DiscoveredRun.Source.PUBLISHED;
            RunAudit a = RunAuditor.audit(new DiscoveredRun(run, source), CONTEXT, BiasThresholds.DEFAULTS);
            List<String> errors = a.findings().stream().filter(f -> f.severity() == Finding.Severity.ERROR)
                    .map(Finding::message).toList();
            // Finding messages carry line numbers, which the canonical twin moves; the codes do not.
            List<Object> figures = Arrays.asList(a.runId(), a.provider(), a.model(), a.isCanonicalRun(), a.maxItemsUnset(),
                    a.isFullRun(), a.totalItems(), a.validCount(), a.invalidCount(), a.accuracyValid(),
                    a.effectiveAccuracy(), a.balancedAccuracy(), a.mcc(), a.coverage(), a.confusion(), a.bias(),
                    a.duplicateIdsCount(), a.predictionsMatchManifest(), a.invalidIds(), a.invalidCategories(),
                    a.throughputQps(), a.families(), a.wilson(), a.verdict(), a.manifest(), a.findingCodes());
            return ReadResult.reported(figures, errors);
        }
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
