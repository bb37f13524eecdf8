package org.chaosbench.runs.report.chart;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.chaosbench.runs.ingest.audit.WilsonInterval;
import org.chaosbench.runs.ingest.metrics.Confusion;

/**
 * Times chart rendering for a synthetic board of many runs (docs/PERFORMANCE.md): the board's
 * accuracy chart and model x family heatmap, and the two charts of every run page (per-family
 * accuracy and confusion matrix), each as SVG and as PNG, in memory (file writes are not
 * charted work). The data is drawn from a fixed seed, so every round draws the same charts.
 */
public final class ChartBenchmark {
    static final List<String> FAMILIES = List.of("adversarial", "atomic", "consistency_paraphrase", "cross_indicator",
            "extended_systems", "fol_inference", "indicator_diagnostics", "multi_hop", "perturbation_robustness",
            "regime_transition");

    private ChartBenchmark() {
    }

    /**
     * Medians over the timed rounds, in milliseconds, per part: board SVG, board PNG, heatmap
     * SVG, heatmap PNG, run pages SVG, run pages PNG (the run-page figures are for all runs
     * together). Wall time and this thread's CPU time: on a shared machine the CPU time is the
     * steadier figure, the wall time what a user waits on an idle one.
     */
    public record Result(int runs, int rounds, double[] wallMs, double[] cpuMs, long boardSvgBytes,
            long boardPngBytes) {
        public static final String[] PARTS = {"board accuracy SVG", "board accuracy PNG", "board heatmap SVG",
            "board heatmap PNG", "run pages SVG", "run pages PNG"};
    }

    /** A synthetic run: its accuracy, per-family correct counts out of 100 valid, and confusion. */
    record SyntheticRun(String model, long correct, long valid, long[] familyCorrect, Confusion confusion) {
    }

    static List<SyntheticRun> synthetic(int runs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<SyntheticRun> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long valid = 40000 + random.nextInt(886);
            long correct = (long) (valid * (0.45 + 0.4 * random.nextDouble()));
            long[] families = new long[FAMILIES.size()];
            for (int f = 0; f < families.length; f++) {
                families[f] = random.nextInt(101);
            }
            long tp = correct / 2;
            long tn = correct - tp;
            long fp = (valid - correct) / 2;
            out.add(new SyntheticRun("provider-" + (i % 7) + "/model-" + i + ":" + (1 + i % 70) + "b", correct, valid,
                    families, new Confusion(tp, fp, tn, valid - correct - fp)));
        }
        return out;
    }

    static List<IntervalRow> boardRows(List<SyntheticRun> runs) {
        return runs.stream().map(r -> row(r.model(), r.correct(), r.valid())).toList();
    }

    static HeatmapData heatmap(List<SyntheticRun> runs) {
        List<List<Double>> values = new ArrayList<>();
        for (SyntheticRun r : runs) {
            values.add(Arrays.stream(r.familyCorrect()).mapToObj(c -> c / 100.0).toList());
        }
        return new HeatmapData(runs.stream().map(SyntheticRun::model).toList(), FAMILIES, values);
    }

    static List<IntervalRow> familyRows(SyntheticRun r) {
        List<IntervalRow> rows = new ArrayList<>();
        for (int f = 0; f < FAMILIES.size(); f++) {
            rows.add(row(FAMILIES.get(f), r.familyCorrect()[f], 100));
        }
        return rows;
    }

    private static IntervalRow row(String label, long correct, long valid) {
        WilsonInterval w = WilsonInterval.of(correct, valid);
        return new IntervalRow(label, (double) correct / valid, w.lo(), w.hi());
    }

    public static Result run(int runCount, int rounds, int warmup) {
        if (runCount < 1 || rounds < 1 || warmup < 0) {
            throw new IllegalArgumentException("need at least one run and one round, and no negative warm-up");
        }
        List<SyntheticRun> runs = synthetic(runCount, 42);
        Supplier<ChartImage> board = () -> Charts.boardAccuracy("board", "Full canonical board", boardRows(runs));
        Supplier<ChartImage> heat = () -> Charts.familyHeatmap("heatmap", "Accuracy by family", heatmap(runs));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] wall = new double[6][rounds];
        double[][] cpu = new double[6][rounds];
        long[] sizes = new long[2];
        List<Runnable> parts = List.of(() -> sizes[0] = board.get().svg().length(),
                () -> sizes[1] = board.get().png().length, () -> heat.get().svg(), () -> heat.get().png(),
                () -> runPages(runs, false), () -> runPages(runs, true));
        for (int round = -warmup; round < rounds; round++) {
            for (int k = 0; k < parts.size(); k++) {
                long w0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                parts.get(k).run();
                long c1 = threads.getCurrentThreadCpuTime();
                long w1 = System.nanoTime();
                if (round >= 0) {
                    wall[k][round] = (w1 - w0) / 1e6;
                    cpu[k][round] = (c1 - c0) / 1e6;
                }
            }
        }
        double[] wallMs = new double[6];
        double[] cpuMs = new double[6];
        for (int k = 0; k < 6; k++) {
            wallMs[k] = median(wall[k]);
            cpuMs[k] = median(cpu[k]);
        }
        return new Result(runCount, rounds, wallMs, cpuMs, sizes[0], sizes[1]);
    }

    /** Each run page's two charts, as SVG or as PNG. */
    private static void runPages(List<SyntheticRun> runs, boolean png) {
        for (int i = 0; i < runs.size(); i++) {
            SyntheticRun r = runs.get(i);
            ChartImage families = Charts.runFamilies("families-" + i, r.model(), familyRows(r));
            ChartImage confusion = Charts.confusion("confusion-" + i, r.model(), r.confusion());
            if (png) {
                families.png();
                confusion.png();
            } else {
                families.svg();
                confusion.svg();
            }
        }
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
