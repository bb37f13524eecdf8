/*
 * ChaosBench Runs -- generator of the project's own default dataset (schema "v2").
 *
 * Run from the repository root with the JDK source launcher (Java 17, no dependencies):
 *
 *     java data/generator/DatasetGenerator.java .
 *
 * Inputs : data/facts/systems.tsv   (systems x boolean predicates, see its header)
 *          data/facts/axioms.tsv    (axioms linking the predicates)
 * Outputs: data/canonical_v2_files.json, the ten data/v22_*.jsonl files,
 *          data/generator/derivations.tsv (one audit line per item),
 *          data/generator/STATS.md (counts per file and per family).
 *
 * The program is deterministic: a fixed seed, its own SplitMix64 generator, only ordered
 * collections, and explicit "\n" line endings. Running it twice must give byte-identical
 * files (the freeze manifest fingerprints them). It refuses to write anything if the facts
 * table violates an axiom, and it fails if a family's TRUE rate leaves [0.45, 0.55].
 *
 * Every label is computed from the facts table and the axioms; nothing is hand-labelled.
 */

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

public final class DatasetGenerator {

    static final long SEED = 20240611L;
    static final String TEMPLATE = "V2";

    // ------------------------------------------------------------------------------------
    // Output files and family keys
    // ------------------------------------------------------------------------------------

    static final String F_ADV = "data/v22_adversarial.jsonl";
    static final String F_ATOMIC = "data/v22_atomic.jsonl";
    static final String F_PARA = "data/v22_consistency_paraphrase.jsonl";
    static final String F_CROSS = "data/v22_cross_indicator.jsonl";
    static final String F_EXT = "data/v22_extended_systems.jsonl";
    static final String F_FOL = "data/v22_fol_inference.jsonl";
    static final String F_IND = "data/v22_indicator_diagnostics.jsonl";
    static final String F_MHOP = "data/v22_multi_hop.jsonl";
    static final String F_PERT = "data/v22_perturbation_robustness.jsonl";
    static final String F_REGIME = "data/v22_regime_transition.jsonl";

    static final List<String> FILES = List.of(F_ADV, F_ATOMIC, F_PARA, F_CROSS, F_EXT, F_FOL,
            F_IND, F_MHOP, F_PERT, F_REGIME);

    static final String T_ATOMIC = "atomic";
    static final String T_PARA = "consistency_paraphrase";
    static final String T_PERT = "perturbation";
    static final String T_MHOP = "multi_hop";
    static final String T_FOL = "fol_inference";
    static final String T_MISLEAD = "adversarial_misleading";
    static final String T_NEARMISS = "adversarial_nearmiss";
    static final String T_CROSS = "cross_indicator";
    static final String T_IND = "indicator_diagnostic";
    static final String T_REGIME = "regime_transition";
    static final String T_EXT = "extended_systems";

    static final List<String> FAMILIES = List.of(T_ATOMIC, T_PARA, T_PERT, T_MHOP, T_FOL,
            T_MISLEAD, T_NEARMISS, T_CROSS, T_IND, T_REGIME, T_EXT);

    // Target sizes (each family is label-balanced: half TRUE, half FALSE).
    static final int N_ATOMIC = 300;
    static final int N_PARA_BASES = 40;       // x 3 paraphrases
    static final int N_PARA_PER_BASE = 3;
    static final int N_PERT_PER_VARIANT = 24; // x 4 variants
    static final int N_MHOP_CHAIN = 36;
    static final int N_MHOP_RULE = 24;
    static final int N_MHOP_COMPOSE = 26;
    static final int N_MHOP_PAIR = 24;
    static final int N_MHOP_LYAP = 10;
    static final int N_FOL_MUST = 64;
    static final int N_FOL_BOTH = 46;
    static final int N_MISLEAD = 60;
    static final int N_NEARMISS = 50;
    static final int N_CROSS = 48;
    static final int N_IND = 60;
    static final int N_REGIME = 60;
    static final int N_EXT = 48;

    static final double MIN_TRUE_RATE = 0.45;
    static final double MAX_TRUE_RATE = 0.55;
    static final int MIN_PER_FAMILY = 30;
    static final int MIN_TOTAL = 600;

    // ------------------------------------------------------------------------------------
    // Predicates and their English phrasing
    // ------------------------------------------------------------------------------------

    /** Predicates asked about in the atomic-style families. */
    static final List<String> ATOMIC_PREDS = List.of("chaotic", "deterministic",
            "continuous_time", "discrete_time", "autonomous", "dissipative", "conservative",
            "periodic", "quasi_periodic", "fixed_point_attractor", "periodic_attractor",
            "strange_attractor", "positive_lyapunov", "sensitive_dependence", "hyperchaotic",
            "state_dim_ge_3", "infinite_dimensional", "linear");

    /** Indicator predicates (indicator_diagnostic / cross_indicator families). */
    static final List<String> INDICATOR_PREDS = List.of("lyap_zero", "lyap_negative",
            "k01_near_one", "broadband_spectrum");

    /** Predicates whose changes are asked about in regime_transition. */
    static final List<String> REGIME_PREDS = List.of("chaotic", "periodic", "quasi_periodic",
            "fixed_point_attractor", "periodic_attractor", "strange_attractor",
            "positive_lyapunov", "sensitive_dependence", "dissipative", "conservative");

    /** rel: verb phrase after a subject ("the X is chaotic"); nrel: its negation. */
    record Phrase(String rel, String nrel, List<String> questions) { }

    static final Map<String, Phrase> PHRASES = new LinkedHashMap<>();

    static void phrase(String key, String rel, String nrel, String... qs) {
        PHRASES.put(key, new Phrase(rel, nrel, List.of(qs)));
    }

    static {
        phrase("chaotic", "is chaotic", "is not chaotic",
                "Is {S} chaotic?",
                "Does {S} exhibit chaotic dynamics?",
                "Are typical trajectories of {S} chaotic?",
                "Would you classify the long-term behaviour of {S} as chaotic?",
                "Does {S} display deterministic chaos?");
        phrase("deterministic", "is deterministic", "is not deterministic",
                "Is {S} deterministic?",
                "Is the evolution of {S} completely determined by its current state, with no random input?",
                "Does {S} evolve without any stochastic (random) forcing?",
                "Is {S} a deterministic dynamical system?");
        phrase("continuous_time", "evolves in continuous time", "does not evolve in continuous time",
                "Is {S} a continuous-time system?",
                "Does {S} evolve in continuous time?",
                "Is {S} governed by differential equations in continuous time (ordinary, delay or partial)?",
                "Is time a continuous variable for {S}?");
        phrase("discrete_time", "is a discrete-time system", "is not a discrete-time system",
                "Is {S} a discrete-time system?",
                "Is {S} defined by iterating a map in discrete time steps?",
                "Does {S} advance in discrete time steps?",
                "Is {S} an iterated map rather than a flow?");
        phrase("autonomous", "is autonomous", "is not autonomous",
                "Is {S} autonomous?",
                "Is the evolution law of {S} free of explicit time dependence?",
                "Is {S} an autonomous system, with no external time-dependent forcing?",
                "Does the rule that drives {S} stay the same at all times, without explicit dependence on time?");
        phrase("dissipative", "is dissipative", "is not dissipative",
                "Is {S} dissipative?",
                "Does {S} contract phase-space volume on average?",
                "Is {S} a dissipative system whose trajectories collapse onto an attractor of zero volume?",
                "Does {S} lose phase-space volume as time goes on?");
        phrase("conservative", "is conservative (volume-preserving)", "is not conservative",
                "Is {S} conservative?",
                "Does {S} preserve phase-space volume (area, for a planar map)?",
                "Is {S} volume-preserving (conservative)?",
                "Is {S} a conservative rather than a dissipative system?");
        phrase("periodic", "has periodic long-term behaviour", "does not have periodic long-term behaviour",
                "Is the long-term behaviour of {S} periodic?",
                "Is {S} periodic in the long run?",
                "Do typical trajectories of {S} end up repeating themselves periodically?",
                "Does {S} show periodic long-term dynamics?");
        phrase("quasi_periodic", "is quasi-periodic", "is not quasi-periodic",
                "Is {S} quasi-periodic?",
                "Is the long-term motion of {S} quasi-periodic, with incommensurate frequencies?",
                "Do typical orbits of {S} wind quasi-periodically around an invariant torus or circle?",
                "Does {S} show quasi-periodic behaviour?");
        phrase("fixed_point_attractor", "converges to a stable fixed point", "does not converge to a stable fixed point",
                "Does {S} converge to a stable fixed point?",
                "Do typical trajectories of {S} come to rest at a stable equilibrium?",
                "Is a stable fixed point the long-term state of {S}?",
                "Does {S} have a fixed-point attractor?");
        phrase("periodic_attractor",
                "has an attracting periodic orbit",
                "does not have an attracting periodic orbit",
                "Does {S} have an attracting periodic orbit?",
                "Do trajectories of {S} approach a limit cycle (or, for a map, an attracting periodic cycle)?",
                "Is the attractor of {S} an isolated periodic orbit?",
                "Does {S} settle onto a stable limit cycle or attracting periodic cycle?");
        phrase("strange_attractor", "has a strange attractor", "does not have a strange attractor",
                "Does {S} have a strange attractor?",
                "Is the attractor of {S} a strange (fractal, chaotic) attractor?",
                "Do trajectories of {S} settle onto a strange attractor?",
                "Does {S} possess a fractal chaotic attractor?");
        phrase("positive_lyapunov", "has a positive largest Lyapunov exponent",
                "does not have a positive largest Lyapunov exponent",
                "Is the largest Lyapunov exponent of {S} positive?",
                "Does {S} have a positive maximal Lyapunov exponent?",
                "Would a careful numerical estimate of the largest Lyapunov exponent of {S} come out positive?",
                "Is at least one Lyapunov exponent of {S} strictly positive?");
        phrase("sensitive_dependence", "shows sensitive dependence on initial conditions",
                "does not show sensitive dependence on initial conditions",
                "Does {S} show sensitive dependence on initial conditions?",
                "Do tiny differences in the initial state of {S} grow exponentially?",
                "Is {S} sensitive to initial conditions?",
                "Does {S} exhibit the butterfly effect?");
        phrase("hyperchaotic", "is hyperchaotic",
                "is not hyperchaotic",
                "Is {S} hyperchaotic?",
                "Does {S} have two or more positive Lyapunov exponents?",
                "Is {S} hyperchaotic, with more than one positive Lyapunov exponent?");
        phrase("state_dim_ge_3", "has at least three state variables (not counting time)",
                "has fewer than three state variables (not counting time)",
                "Does {S} have at least three state variables (not counting time)?",
                "Is the state space of {S} at least three-dimensional (time not counted)?",
                "Does specifying the state of {S} take three or more numbers (not counting time)?");
        phrase("infinite_dimensional", "has an infinite-dimensional state space",
                "has a finite-dimensional state space",
                "Is {S} infinite-dimensional?",
                "Is the state space of {S} infinite-dimensional?",
                "Does specifying the state of {S} require a whole function rather than finitely many numbers?");
        phrase("linear", "has a linear evolution law", "has a nonlinear evolution law",
                "Is {S} a linear system?",
                "Is the evolution law of {S} linear in the state variables?",
                "Is {S} governed by linear equations?");
        phrase("lyap_zero", "has a largest Lyapunov exponent equal to zero",
                "does not have a largest Lyapunov exponent equal to zero",
                "Is the largest Lyapunov exponent of {S} zero?",
                "Is the maximal Lyapunov exponent of {S} equal to zero?");
        phrase("lyap_negative", "has a negative largest Lyapunov exponent",
                "does not have a negative largest Lyapunov exponent",
                "Is the largest Lyapunov exponent of {S} negative?",
                "Are all Lyapunov exponents of {S} negative?");
        phrase("k01_near_one", "gives K close to 1 in the 0-1 test for chaos",
                "does not give K close to 1 in the 0-1 test for chaos",
                "Would the 0-1 test for chaos give K close to 1 for {S}?",
                "Does the Gottwald-Melbourne 0-1 test return K near 1 for {S}?");
        phrase("broadband_spectrum", "has a broadband power spectrum",
                "does not have a broadband power spectrum",
                "Is the power spectrum of {S} broadband?",
                "Does a time series of {S} have a continuous, broadband power spectrum?");
    }

    static String rel(String pred, boolean value) {
        Phrase p = PHRASES.get(pred);
        return value ? p.rel() : p.nrel();
    }

    static String rel(Lit l) {
        return rel(l.pred(), l.pos());
    }

    // ------------------------------------------------------------------------------------
    // Deterministic random numbers (SplitMix64; no dependence on JDK implementations)
    // ------------------------------------------------------------------------------------

    static final class Rng {
        private long state;

        Rng(long seed) {
            state = seed;
        }

        static Rng forName(String name) {
            long h = 1125899906842597L;
            for (int i = 0; i < name.length(); i++) {
                h = 31 * h + name.charAt(i);
            }
            return new Rng(SEED ^ h);
        }

        long nextLong() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        int nextInt(int bound) {
            if (bound <= 0) {
                throw new IllegalArgumentException("bound " + bound);
            }
            long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound);
            long r;
            do {
                r = nextLong() >>> 1;
            } while (r >= limit);
            return (int) (r % bound);
        }

        <T> T pick(List<T> list) {
            return list.get(nextInt(list.size()));
        }

        <T> void shuffle(List<T> list) {
            for (int i = list.size() - 1; i > 0; i--) {
                Collections.swap(list, i, nextInt(i + 1));
            }
        }
    }

    // ------------------------------------------------------------------------------------
    // Facts table
    // ------------------------------------------------------------------------------------

    static final class Sys {
        final int index;
        final String id;
        final String tier;
        final String family;
        final String familyName;
        final String regime;
        final String display;
        final String lyap;
        final Map<String, Boolean> facts = new LinkedHashMap<>(); // null = not asked ('-')

        Sys(int index, String id, String tier, String family, String familyName, String regime,
                String display, String lyap) {
            this.index = index;
            this.id = id;
            this.tier = tier;
            this.family = family;
            this.familyName = familyName;
            this.regime = regime;
            this.display = display;
            this.lyap = lyap;
        }

        Boolean get(String pred) {
            if (!facts.containsKey(pred)) {
                throw new IllegalStateException("unknown predicate " + pred);
            }
            return facts.get(pred);
        }

        boolean known(String pred) {
            return get(pred) != null;
        }

        boolean is(String pred) {
            Boolean b = get(pred);
            if (b == null) {
                throw new IllegalStateException(id + "." + pred + " is not asked ('-')");
            }
            return b;
        }

        /** "the X" for use inside a sentence. */
        String the() {
            return "the " + display;
        }

        String fact(String pred) {
            return "fact " + id + "." + pred + "=" + (is(pred) ? "T" : "F");
        }

        boolean isFlow() {
            return is("continuous_time");
        }

        /** Typical long-term behaviour class (axiom A19). */
        String behaviour() {
            if (is("chaotic")) {
                return "chaotic";
            }
            if (is("periodic")) {
                return "periodic";
            }
            if (is("quasi_periodic")) {
                return "quasi_periodic";
            }
            if (is("fixed_point_attractor")) {
                return "fixed_point_attractor";
            }
            throw new IllegalStateException(id + " has no behaviour class");
        }

        /** Sign of the largest Lyapunov exponent: +1, 0, -1, or null if not known. */
        Integer lyapSign() {
            Boolean pos = get("positive_lyapunov");
            Boolean zero = get("lyap_zero");
            Boolean neg = get("lyap_negative");
            if (Boolean.TRUE.equals(pos)) {
                return 1;
            }
            if (Boolean.TRUE.equals(zero)) {
                return 0;
            }
            if (Boolean.TRUE.equals(neg)) {
                return -1;
            }
            return null;
        }
    }

    static final List<Sys> SYSTEMS = new ArrayList<>();
    static final Map<String, Sys> BY_ID = new LinkedHashMap<>();
    static final List<String> PRED_COLUMNS = new ArrayList<>();
    static final List<String> SYS_FIXED_COLUMNS = List.of("id", "tier", "family", "family_name",
            "regime", "display_name", "lyap_max");

    static List<String[]> readTsv(Path p) throws IOException {
        List<String[]> rows = new ArrayList<>();
        String text = Files.readString(p, StandardCharsets.UTF_8);
        for (String line : text.split("\n", -1)) {
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    static void loadSystems(Path p) throws IOException {
        List<String[]> rows = readTsv(p);
        String[] header = rows.get(0);
        for (int i = 0; i < SYS_FIXED_COLUMNS.size(); i++) {
            if (!header[i].equals(SYS_FIXED_COLUMNS.get(i))) {
                fail("systems.tsv: column " + (i + 1) + " must be " + SYS_FIXED_COLUMNS.get(i));
            }
        }
        for (int i = SYS_FIXED_COLUMNS.size(); i < header.length; i++) {
            PRED_COLUMNS.add(header[i]);
        }
        Set<String> expected = new LinkedHashSet<>(ATOMIC_PREDS);
        expected.addAll(INDICATOR_PREDS);
        if (!new LinkedHashSet<>(PRED_COLUMNS).equals(expected)) {
            fail("systems.tsv: predicate columns " + PRED_COLUMNS + " differ from the phrased set " + expected);
        }
        for (int r = 1; r < rows.size(); r++) {
            String[] c = rows.get(r);
            if (c.length != header.length) {
                fail("systems.tsv: row " + r + " has " + c.length + " cells, expected " + header.length);
            }
            Sys s = new Sys(SYSTEMS.size(), c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
            if (!s.id.matches("[a-z0-9_]+")) {
                fail("systems.tsv: bad id " + s.id);
            }
            if (!Set.of("core", "regime", "extended").contains(s.tier)) {
                fail("systems.tsv: bad tier " + s.tier + " for " + s.id);
            }
            for (int i = 0; i < PRED_COLUMNS.size(); i++) {
                String v = c[SYS_FIXED_COLUMNS.size() + i];
                Boolean b = switch (v) {
                    case "T" -> Boolean.TRUE;
                    case "F" -> Boolean.FALSE;
                    case "-" -> null;
                    default -> {
                        fail("systems.tsv: cell " + s.id + "." + PRED_COLUMNS.get(i) + " = '" + v + "'");
                        yield null;
                    }
                };
                s.facts.put(PRED_COLUMNS.get(i), b);
            }
            if (BY_ID.put(s.id, s) != null) {
                fail("systems.tsv: duplicate id " + s.id);
            }
            SYSTEMS.add(s);
        }
    }

    static List<Sys> tier(String... tiers) {
        List<String> t = List.of(tiers);
        List<Sys> out = new ArrayList<>();
        for (Sys s : SYSTEMS) {
            if (t.contains(s.tier)) {
                out.add(s);
            }
        }
        return out;
    }

    /** Families (in table order) with their rows, for near-miss and regime items. */
    static Map<String, List<Sys>> familyGroups() {
        Map<String, List<Sys>> m = new LinkedHashMap<>();
        for (Sys s : tier("core", "regime")) {
            m.computeIfAbsent(s.family, k -> new ArrayList<>()).add(s);
        }
        m.values().removeIf(l -> l.size() < 2);
        return m;
    }

    // ------------------------------------------------------------------------------------
    // Axioms: a tiny formula language with three-valued (Kleene) evaluation
    // ------------------------------------------------------------------------------------

    interface Formula {
        /** Kleene evaluation; null = unknown. */
        Boolean eval(Map<String, Boolean> v);

        void atoms(Set<String> out);
    }

    record Atom(String name) implements Formula {
        public Boolean eval(Map<String, Boolean> v) {
            return v.get(name);
        }

        public void atoms(Set<String> out) {
            out.add(name);
        }
    }

    record Not(Formula f) implements Formula {
        public Boolean eval(Map<String, Boolean> v) {
            Boolean b = f.eval(v);
            return b == null ? null : !b;
        }

        public void atoms(Set<String> out) {
            f.atoms(out);
        }
    }

    record Op(String op, List<Formula> args) implements Formula {
        public Boolean eval(Map<String, Boolean> v) {
            List<Boolean> vals = new ArrayList<>();
            for (Formula f : args) {
                vals.add(f.eval(v));
            }
            switch (op) {
                case "&": {
                    boolean unknown = false;
                    for (Boolean b : vals) {
                        if (b == null) {
                            unknown = true;
                        } else if (!b) {
                            return false;
                        }
                    }
                    return unknown ? null : Boolean.TRUE;
                }
                case "|": {
                    boolean unknown = false;
                    for (Boolean b : vals) {
                        if (b == null) {
                            unknown = true;
                        } else if (b) {
                            return true;
                        }
                    }
                    return unknown ? null : Boolean.FALSE;
                }
                case "->": {
                    Boolean a = vals.get(0);
                    Boolean b = vals.get(1);
                    if (Boolean.FALSE.equals(a) || Boolean.TRUE.equals(b)) {
                        return true;
                    }
                    if (Boolean.TRUE.equals(a) && Boolean.FALSE.equals(b)) {
                        return false;
                    }
                    return null;
                }
                case "<->":
                case "xor": {
                    Boolean a = vals.get(0);
                    Boolean b = vals.get(1);
                    if (a == null || b == null) {
                        return null;
                    }
                    return op.equals("<->") ? a.equals(b) : !a.equals(b);
                }
                case "oneof": {
                    int t = 0;
                    int u = 0;
                    for (Boolean b : vals) {
                        if (b == null) {
                            u++;
                        } else if (b) {
                            t++;
                        }
                    }
                    if (t > 1) {
                        return false;
                    }
                    if (u == 0) {
                        return t == 1;
                    }
                    return null;
                }
                default:
                    throw new IllegalStateException(op);
            }
        }

        public void atoms(Set<String> out) {
            for (Formula f : args) {
                f.atoms(out);
            }
        }
    }

    static final class Parser {
        private final List<String> toks = new ArrayList<>();
        private int pos;
        private final String src;

        Parser(String s) {
            src = s;
            int i = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == ' ') {
                    i++;
                } else if (s.startsWith("<->", i)) {
                    toks.add("<->");
                    i += 3;
                } else if (s.startsWith("->", i)) {
                    toks.add("->");
                    i += 2;
                } else if ("!&|(),".indexOf(c) >= 0) {
                    toks.add(String.valueOf(c));
                    i++;
                } else if (Character.isLetterOrDigit(c) || c == '_') {
                    int j = i;
                    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                        j++;
                    }
                    toks.add(s.substring(i, j));
                    i = j;
                } else {
                    throw new IllegalArgumentException("bad character '" + c + "' in " + s);
                }
            }
        }

        Formula parse() {
            Formula f = iff();
            if (pos != toks.size()) {
                throw new IllegalArgumentException("trailing tokens in " + src);
            }
            return f;
        }

        private String peek() {
            return pos < toks.size() ? toks.get(pos) : "";
        }

        private String next() {
            if (pos >= toks.size()) {
                throw new IllegalArgumentException("unexpected end of " + src);
            }
            return toks.get(pos++);
        }

        private void expect(String t) {
            String n = next();
            if (!n.equals(t)) {
                throw new IllegalArgumentException("expected " + t + " but got " + n + " in " + src);
            }
        }

        private Formula iff() {
            Formula f = impl();
            while (peek().equals("<->")) {
                next();
                f = new Op("<->", List.of(f, impl()));
            }
            return f;
        }

        private Formula impl() {
            Formula f = xor();
            if (peek().equals("->")) {
                next();
                return new Op("->", List.of(f, impl()));
            }
            return f;
        }

        private Formula xor() {
            Formula f = or();
            while (peek().equals("xor")) {
                next();
                f = new Op("xor", List.of(f, or()));
            }
            return f;
        }

        private Formula or() {
            List<Formula> a = new ArrayList<>(List.of(and()));
            while (peek().equals("|")) {
                next();
                a.add(and());
            }
            return a.size() == 1 ? a.get(0) : new Op("|", a);
        }

        private Formula and() {
            List<Formula> a = new ArrayList<>(List.of(unary()));
            while (peek().equals("&")) {
                next();
                a.add(unary());
            }
            return a.size() == 1 ? a.get(0) : new Op("&", a);
        }

        private Formula unary() {
            String t = next();
            if (t.equals("!")) {
                return new Not(unary());
            }
            if (t.equals("(")) {
                Formula f = iff();
                expect(")");
                return f;
            }
            if (t.equals("oneof")) {
                expect("(");
                List<Formula> a = new ArrayList<>();
                a.add(new Atom(next()));
                while (peek().equals(",")) {
                    next();
                    a.add(new Atom(next()));
                }
                expect(")");
                return new Op("oneof", a);
            }
            if (!t.matches("[a-z0-9_]+") || t.equals("xor")) {
                throw new IllegalArgumentException("bad token " + t + " in " + src);
            }
            return new Atom(t);
        }
    }

    record Axiom(String id, String kind, String text, String statement, Formula formula) {
        boolean convention() {
            return kind.equals("convention");
        }
    }

    static final List<Axiom> AXIOMS = new ArrayList<>();

    static void loadAxioms(Path p) throws IOException {
        List<String[]> rows = readTsv(p);
        if (!String.join("\t", rows.get(0)).equals("id\tkind\tformula\tstatement\tnote")) {
            fail("axioms.tsv: header must be id, kind, formula, statement, note");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            String[] c = rows.get(r);
            if (c.length != 5) {
                fail("axioms.tsv: row " + r + " needs 5 cells");
            }
            if (!Set.of("definition", "theorem", "indicator", "convention").contains(c[1])) {
                fail("axioms.tsv: bad kind " + c[1]);
            }
            Formula f = new Parser(c[2]).parse();
            Set<String> atoms = new LinkedHashSet<>();
            f.atoms(atoms);
            for (String a : atoms) {
                if (!PRED_COLUMNS.contains(a)) {
                    fail("axioms.tsv: " + c[0] + " uses unknown predicate " + a);
                }
            }
            if (!ids.add(c[0])) {
                fail("axioms.tsv: duplicate id " + c[0]);
            }
            AXIOMS.add(new Axiom(c[0], c[1], c[2], c[3], f));
        }
    }

    /**
     * Every row must satisfy every axiom. Unknown cells ('-') are allowed only if some
     * completion of them satisfies all axioms and no unknown cell is forced by the axioms
     * (a forced cell must be filled in instead).
     */
    static void checkFactsAgainstAxioms() {
        List<String> errors = new ArrayList<>();
        for (Sys s : SYSTEMS) {
            for (Axiom a : AXIOMS) {
                if (Boolean.FALSE.equals(a.formula().eval(s.facts))) {
                    errors.add(s.id + " violates " + a.id() + " (" + a.text() + ")");
                }
            }
            List<String> unknown = new ArrayList<>();
            for (Map.Entry<String, Boolean> e : s.facts.entrySet()) {
                if (e.getValue() == null) {
                    unknown.add(e.getKey());
                }
            }
            if (unknown.size() > 12) {
                errors.add(s.id + " has too many '-' cells");
                continue;
            }
            int consistent = 0;
            int[] trueCount = new int[unknown.size()];
            for (int mask = 0; mask < (1 << unknown.size()); mask++) {
                Map<String, Boolean> v = new LinkedHashMap<>(s.facts);
                for (int i = 0; i < unknown.size(); i++) {
                    v.put(unknown.get(i), (mask & (1 << i)) != 0);
                }
                boolean ok = true;
                for (Axiom a : AXIOMS) {
                    if (!Boolean.TRUE.equals(a.formula().eval(v))) {
                        ok = false;
                        break;
                    }
                }
                if (ok) {
                    consistent++;
                    for (int i = 0; i < unknown.size(); i++) {
                        if ((mask & (1 << i)) != 0) {
                            trueCount[i]++;
                        }
                    }
                }
            }
            if (consistent == 0) {
                if (!unknown.isEmpty()) {
                    errors.add(s.id + ": no completion of the '-' cells satisfies the axioms");
                }
            } else {
                for (int i = 0; i < unknown.size(); i++) {
                    if (trueCount[i] == 0 || trueCount[i] == consistent) {
                        errors.add(s.id + "." + unknown.get(i) + " is forced to "
                                + (trueCount[i] == 0 ? "F" : "T") + " by the axioms; fill it in");
                    }
                }
            }
            // The quoted Lyapunov value must agree with the sign predicates.
            if (!s.lyap.equals("-")) {
                double v;
                try {
                    v = Double.parseDouble(s.lyap);
                } catch (NumberFormatException e) {
                    errors.add(s.id + ": lyap_max '" + s.lyap + "' is not a number");
                    continue;
                }
                Integer sign = s.lyapSign();
                int actual = v > 0 ? 1 : (v < 0 ? -1 : 0);
                if (sign == null || sign != actual) {
                    errors.add(s.id + ": lyap_max " + s.lyap + " disagrees with the sign predicates");
                }
            }
        }
        if (!errors.isEmpty()) {
            fail("facts table violates the axioms:\n  " + String.join("\n  ", errors));
        }
    }

    // ------------------------------------------------------------------------------------
    // Binary implications derived from the axioms (for explained chains)
    // ------------------------------------------------------------------------------------

    record Lit(String pred, boolean pos) {
        Lit neg() {
            return new Lit(pred, !pos);
        }

        @Override
        public String toString() {
            return (pos ? "" : "!") + pred;
        }
    }

    record Edge(Lit from, Lit to, Axiom axiom) {
        String cite() {
            return axiom.id() + ": " + from + " -> " + to;
        }
    }

    static final List<Edge> EDGES = new ArrayList<>();

    /** For every axiom and every pair of literals over its atoms: does the axiom alone entail l1 -> l2? */
    static void deriveEdges() {
        for (Axiom a : AXIOMS) {
            Set<String> atomSet = new LinkedHashSet<>();
            a.formula().atoms(atomSet);
            List<String> atoms = new ArrayList<>(atomSet);
            int n = atoms.size();
            List<Map<String, Boolean>> models = new ArrayList<>();
            for (int mask = 0; mask < (1 << n); mask++) {
                Map<String, Boolean> v = new TreeMap<>();
                for (int i = 0; i < n; i++) {
                    v.put(atoms.get(i), (mask & (1 << i)) != 0);
                }
                if (Boolean.TRUE.equals(a.formula().eval(v))) {
                    models.add(v);
                }
            }
            for (String p : atoms) {
                for (String q : atoms) {
                    if (p.equals(q)) {
                        continue;
                    }
                    for (boolean pv : new boolean[] {true, false}) {
                        for (boolean qv : new boolean[] {true, false}) {
                            boolean entailed = true;
                            boolean premiseSatisfiable = false;
                            for (Map<String, Boolean> m : models) {
                                if (m.get(p) == pv) {
                                    premiseSatisfiable = true;
                                    if (m.get(q) != qv) {
                                        entailed = false;
                                        break;
                                    }
                                }
                            }
                            if (entailed && premiseSatisfiable) {
                                EDGES.add(new Edge(new Lit(p, pv), new Lit(q, qv), a));
                            }
                        }
                    }
                }
            }
        }
    }

    /** Shortest chain of derived implications from 'from' to 'to' (no convention axioms). */
    static List<Edge> chain(Lit from, Lit to, int maxLen) {
        Map<Lit, Edge> parent = new LinkedHashMap<>();
        List<Lit> frontier = new ArrayList<>(List.of(from));
        Set<Lit> seen = new LinkedHashSet<>(List.of(from));
        for (int depth = 0; depth < maxLen && !frontier.isEmpty(); depth++) {
            List<Lit> next = new ArrayList<>();
            for (Lit l : frontier) {
                for (Edge e : EDGES) {
                    if (e.axiom().convention() || !e.from().equals(l) || seen.contains(e.to())) {
                        continue;
                    }
                    seen.add(e.to());
                    parent.put(e.to(), e);
                    next.add(e.to());
                    if (e.to().equals(to)) {
                        List<Edge> path = new ArrayList<>();
                        Lit cur = to;
                        while (!cur.equals(from)) {
                            Edge pe = parent.get(cur);
                            path.add(0, pe);
                            cur = pe.from();
                        }
                        return path;
                    }
                }
            }
            frontier = next;
        }
        return null;
    }

    /** All literals reachable from 'from' with their (shortest) chains, in BFS order. */
    static Map<Lit, List<Edge>> reachable(Lit from, int maxLen) {
        Map<Lit, List<Edge>> out = new LinkedHashMap<>();
        out.put(from, List.of());
        List<Lit> frontier = new ArrayList<>(List.of(from));
        for (int depth = 0; depth < maxLen; depth++) {
            List<Lit> next = new ArrayList<>();
            for (Lit l : frontier) {
                for (Edge e : EDGES) {
                    if (e.axiom().convention() || !e.from().equals(l) || out.containsKey(e.to())) {
                        continue;
                    }
                    List<Edge> p = new ArrayList<>(out.get(l));
                    p.add(e);
                    out.put(e.to(), p);
                    next.add(e.to());
                }
            }
            frontier = next;
        }
        out.remove(from);
        return out;
    }

    static String cite(List<Edge> path) {
        List<String> c = new ArrayList<>();
        for (Edge e : path) {
            c.add(e.cite());
        }
        return String.join("; ", c);
    }

    /**
     * For an axiom of the form (l1 & l2 & ...) -> (m1 & m2 & ...) over literals, returns
     * [antecedent literals, consequent literals]; null for any other shape.
     */
    static List<List<Lit>> ruleParts(Axiom a) {
        if (!(a.formula() instanceof Op op) || !op.op().equals("->")) {
            return null;
        }
        List<Lit> ante = literals(op.args().get(0));
        List<Lit> cons = literals(op.args().get(1));
        return ante == null || cons == null ? null : List.of(ante, cons);
    }

    static List<Lit> literals(Formula f) {
        if (f instanceof Atom at) {
            return List.of(new Lit(at.name(), true));
        }
        if (f instanceof Not n && n.f() instanceof Atom at) {
            return List.of(new Lit(at.name(), false));
        }
        if (f instanceof Op op && op.op().equals("&")) {
            List<Lit> out = new ArrayList<>();
            for (Formula g : op.args()) {
                List<Lit> l = literals(g);
                if (l == null || l.size() != 1) {
                    return null;
                }
                out.add(l.get(0));
            }
            return out;
        }
        return null;
    }

    /** English sentence for a derived implication. */
    static String ruleSentence(Edge e) {
        if (e.from().pos() && !e.to().pos()) {
            return "No system that " + rel(e.from()) + " " + rel(e.to().neg()) + ".";
        }
        return "Every system that " + rel(e.from()) + " " + rel(e.to()) + ".";
    }

    // ------------------------------------------------------------------------------------
    // Items, candidates and label-balanced selection
    // ------------------------------------------------------------------------------------

    static final class Cand {
        final String question;
        final boolean truth;
        final String systemId;
        final String derivation;
        final String idPrefix;   // e.g. "perturb_negation_" or "lorenz63_nearmiss_"
        final int order;         // creation order, used for the final ordering
        Object tag;              // optional link (e.g. the base atomic candidate)

        Cand(String question, boolean truth, String systemId, String derivation, String idPrefix, int order) {
            this.question = question;
            this.truth = truth;
            this.systemId = systemId;
            this.derivation = derivation;
            this.idPrefix = idPrefix;
            this.order = order;
        }
    }

    static final class Pool {
        final List<Cand> cands = new ArrayList<>();
        private final Set<String> questions = new LinkedHashSet<>();

        void add(String q, boolean truth, String sys, String deriv, String prefix) {
            addTagged(q, truth, sys, deriv, prefix, null);
        }

        Cand addTagged(String q, boolean truth, String sys, String deriv, String prefix, Object tag) {
            checkText(q);
            if (!questions.add(q)) {
                return null; // the same wording already exists in this pool
            }
            Cand c = new Cand(q, truth, sys, deriv, prefix, cands.size());
            c.tag = tag;
            cands.add(c);
            return c;
        }
    }

    record Item(String id, String question, boolean truth, String type, String systemId,
            String derivation) { }

    static final Set<String> USED_QUESTIONS = new LinkedHashSet<>();
    static final Set<String> USED_IDS = new LinkedHashSet<>();

    /**
     * Picks n/2 TRUE and n/2 FALSE candidates (random but seeded), skipping wordings already
     * used by another family, and returns them in creation order.
     */
    static List<Cand> balanced(Pool pool, int n, Rng rng, String what) {
        List<Cand> t = new ArrayList<>();
        List<Cand> f = new ArrayList<>();
        for (Cand c : pool.cands) {
            (c.truth ? t : f).add(c);
        }
        rng.shuffle(t);
        rng.shuffle(f);
        int half = n / 2;
        List<Cand> chosen = new ArrayList<>();
        for (List<Cand> side : List.of(t, f)) {
            int got = 0;
            for (Cand c : side) {
                if (got == half) {
                    break;
                }
                if (USED_QUESTIONS.contains(c.question)) {
                    continue;
                }
                USED_QUESTIONS.add(c.question);
                chosen.add(c);
                got++;
            }
            if (got < half) {
                fail(what + ": only " + got + " usable " + (side == t ? "TRUE" : "FALSE")
                        + " candidates, need " + half);
            }
        }
        chosen.sort(Comparator.comparingInt(c -> c.order));
        return chosen;
    }

    static final Map<String, Integer> PREFIX_COUNTERS = new TreeMap<>();

    static String nextId(String prefix) {
        int n = PREFIX_COUNTERS.merge(prefix, 1, Integer::sum);
        String id = prefix + String.format(Locale.ROOT, "%04d", n);
        if (!USED_IDS.add(id)) {
            fail("duplicate id " + id);
        }
        return id;
    }

    static Item toItem(Cand c, String type) {
        return new Item(nextId(c.idPrefix), c.question, c.truth, type, c.systemId, c.derivation);
    }

    static List<Item> toItems(List<Cand> cands, String type) {
        List<Item> out = new ArrayList<>();
        for (Cand c : cands) {
            out.add(toItem(c, type));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------
    // Text helpers
    // ------------------------------------------------------------------------------------

    static String fill(String template, Sys s) {
        return template.replace("{S}", s.the());
    }

    static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static void checkText(String q) {
        if (q.contains("{") || q.contains("}") || q.contains("  ") || q.contains("\t") || q.contains("\n")) {
            fail("malformed question text: " + q);
        }
    }

    static String tf(boolean b) {
        return b ? "TRUE" : "FALSE";
    }

    static String kValue(boolean chaotic, Rng rng) {
        return chaotic ? "0.9" + rng.nextInt(10) : "0.0" + rng.nextInt(10);
    }

    /** Text for an estimate of the largest Lyapunov exponent, or null if its sign is unknown. */
    static String lyapText(Sys s) {
        Integer sign = s.lyapSign();
        if (sign == null) {
            return null;
        }
        String unit = s.isFlow() ? "per unit time" : "per iteration";
        if (!s.lyap.equals("-")) {
            if (sign == 0) {
                return "zero within numerical error";
            }
            return "about " + (sign > 0 ? "+" : "") + s.lyap + " " + unit;
        }
        return switch (sign) {
            case 1 -> "clearly positive";
            case 0 -> "zero within numerical error";
            default -> "clearly negative";
        };
    }

    static String lyapTextForSign(int sign) {
        return switch (sign) {
            case 1 -> "clearly positive";
            case 0 -> "zero within numerical error";
            default -> "clearly negative";
        };
    }

    static String spectrumText(String behaviour) {
        return switch (behaviour) {
            case "chaotic" -> "broadband (continuous)";
            case "periodic" -> "made of sharp lines at one fundamental frequency (and possibly its harmonics)";
            case "quasi_periodic" -> "made of sharp lines at combinations of two incommensurate frequencies";
            case "fixed_point_attractor" -> "concentrated at zero frequency once transients have died out";
            default -> throw new IllegalStateException(behaviour);
        };
    }

    // ------------------------------------------------------------------------------------
    // Family generators
    // ------------------------------------------------------------------------------------

    static final Map<String, List<Item>> BY_FILE = new LinkedHashMap<>();

    /** atomic: one predicate of one core/regime system. */
    static List<Cand> atomicChosen;

    static void genAtomic() {
        Rng rng = Rng.forName(T_ATOMIC);
        Pool pool = new Pool();
        for (Sys s : tier("core", "regime")) {
            for (String p : ATOMIC_PREDS) {
                if (!s.known(p)) {
                    continue;
                }
                String q = fill(rng.pick(PHRASES.get(p).questions()), s);
                pool.addTagged(q, s.is(p), s.id, s.fact(p), "atomic_", new String[] {s.id, p});
            }
        }
        atomicChosen = balanced(pool, N_ATOMIC, rng, T_ATOMIC);
        BY_FILE.put(F_ATOMIC, toItems(atomicChosen, T_ATOMIC));
    }

    /** consistency_paraphrase: three rewordings of selected atomic items, same truth. */
    static void genParaphrase() {
        Rng rng = Rng.forName(T_PARA);
        List<Item> atomicItems = BY_FILE.get(F_ATOMIC);
        List<Integer> t = new ArrayList<>();
        List<Integer> f = new ArrayList<>();
        for (int i = 0; i < atomicItems.size(); i++) {
            (atomicItems.get(i).truth() ? t : f).add(i);
        }
        rng.shuffle(t);
        rng.shuffle(f);
        List<Integer> bases = new ArrayList<>(t.subList(0, N_PARA_BASES / 2));
        bases.addAll(f.subList(0, N_PARA_BASES / 2));
        Collections.sort(bases);
        List<Item> out = new ArrayList<>();
        for (int idx : bases) {
            Item base = atomicItems.get(idx);
            String[] tag = (String[]) atomicChosen.get(idx).tag;
            Sys s = BY_ID.get(tag[0]);
            String p = tag[1];
            String r = rel(p, true);
            List<String> options = new ArrayList<>();
            for (String q : PHRASES.get(p).questions()) {
                options.add(fill(q, s));
            }
            options.add("Is it true that " + s.the() + " " + r + "?");
            options.add("Would it be accurate to say that " + s.the() + " " + r + "?");
            options.add("Consider " + s.the() + ". Does it hold that it " + r + "?");
            options.add("Is the following statement correct? " + cap(s.the()) + " " + r + ".");
            options.add("True or false: " + s.the() + " " + r + ".");
            options.removeIf(q -> q.equals(base.question()) || USED_QUESTIONS.contains(q));
            rng.shuffle(options);
            if (options.size() < N_PARA_PER_BASE) {
                fail("not enough paraphrases for " + base.id());
            }
            for (int k = 1; k <= N_PARA_PER_BASE; k++) {
                String q = options.get(k - 1);
                checkText(q);
                USED_QUESTIONS.add(q);
                String id = base.id() + "_para_" + k;
                if (!USED_IDS.add(id)) {
                    fail("duplicate id " + id);
                }
                out.add(new Item(id, q, base.truth(), T_PARA, s.id,
                        "paraphrase of " + base.id() + "; " + s.fact(p)));
            }
        }
        BY_FILE.put(F_PARA, out);
    }

    static final List<String> DISTRACTORS = List.of(
            "The simulation was run in double precision with a time step of 0.001.",
            "The phase portrait in the lecture notes is drawn in blue on a white background.",
            "This question comes from a graduate course on nonlinear dynamics.",
            "The numerical code used for the figures was written in Fortran 77.",
            "A student plotted ten thousand points of a single trajectory.",
            "The computation took three seconds on an ordinary laptop.",
            "The data were stored as a CSV file with eight significant digits.",
            "All quantities are dimensionless.",
            "The paper that discusses this example has forty references.",
            "The plot uses a logarithmic colour scale.");

    /** perturbation: negation, double negation, entity swap and distractor variants. */
    static void genPerturbation() {
        Rng rng = Rng.forName(T_PERT);
        List<Sys> systems = tier("core", "regime");
        Pool neg = new Pool();
        Pool dneg = new Pool();
        Pool swap = new Pool();
        Pool dist = new Pool();
        for (Sys s : systems) {
            for (String p : ATOMIC_PREDS) {
                if (!s.known(p)) {
                    continue;
                }
                boolean v = s.is(p);
                String S = s.the();
                String[] negQ = {
                    "Is it false that " + S + " " + rel(p, true) + "?",
                    "Is it true that " + S + " " + rel(p, false) + "?",
                    "Would it be wrong to say that " + S + " " + rel(p, true) + "?",
                    "Is it incorrect to claim that " + S + " " + rel(p, true) + "?"};
                neg.add(rng.pick(List.of(negQ)), !v, s.id, "negation of " + s.fact(p),
                        "perturb_negation_");
                String[] dnegQ = {
                    "Is it false that " + S + " " + rel(p, false) + "?",
                    "Would it be wrong to say that " + S + " " + rel(p, false) + "?",
                    "Is it incorrect to claim that " + S + " " + rel(p, false) + "?"};
                dneg.add(rng.pick(List.of(dnegQ)), v, s.id, "double negation of " + s.fact(p),
                        "perturb_double_negation_");
                Sys other = systems.get(rng.nextInt(systems.size()));
                if (other != s && other.known(p)) {
                    String q = "Take the claim \"" + cap(S) + " " + rel(p, true) + "\" and put "
                            + other.the() + " in place of its subject. Is the new claim true?";
                    swap.add(q, other.is(p), other.id, "entity swap " + s.id + " -> " + other.id
                            + "; " + other.fact(p), "perturb_entity_swap_");
                }
                String q = rng.pick(DISTRACTORS) + " " + fill(rng.pick(PHRASES.get(p).questions()), s);
                dist.add(q, v, s.id, "irrelevant distractor sentence; " + s.fact(p),
                        "perturb_distractor_");
            }
        }
        List<Item> out = new ArrayList<>();
        out.addAll(toItems(balanced(neg, N_PERT_PER_VARIANT, rng, "perturbation/negation"), T_PERT));
        out.addAll(toItems(balanced(dneg, N_PERT_PER_VARIANT, rng, "perturbation/double_negation"), T_PERT));
        out.addAll(toItems(balanced(swap, N_PERT_PER_VARIANT, rng, "perturbation/entity_swap"), T_PERT));
        out.addAll(toItems(balanced(dist, N_PERT_PER_VARIANT, rng, "perturbation/distractor"), T_PERT));
        BY_FILE.put(F_PERT, out);
    }

    /** multi_hop: explained chains through axioms, compositions of facts, two-system comparisons. */
    static void genMultiHop() {
        Rng rng = Rng.forName(T_MHOP);
        List<Sys> systems = tier("core", "regime");
        Pool chains = new Pool();
        // Visit the systems in a seeded random order and keep at most four chains with the
        // same shape (start literal, axioms, end literal), so that no single chain dominates.
        List<Sys> chainOrder = new ArrayList<>(systems);
        rng.shuffle(chainOrder);
        Map<String, Integer> shapes = new TreeMap<>();
        for (Sys s : chainOrder) {
            for (String p : ATOMIC_PREDS) {
                if (!s.known(p) || p.equals("deterministic")) {
                    continue;
                }
                Lit start = new Lit(p, s.is(p));
                for (Map.Entry<Lit, List<Edge>> e : reachable(start, 3).entrySet()) {
                    List<Edge> path = e.getValue();
                    Lit end = e.getKey();
                    if (path.size() < 2 || !ATOMIC_PREDS.contains(end.pred()) || !s.known(end.pred())) {
                        continue;
                    }
                    if (s.is(end.pred()) != end.pos()) {
                        fail("chain contradicts the facts: " + s.id + " " + cite(path));
                    }
                    if (shapes.merge(start + "|" + cite(path), 1, Integer::sum) > 4) {
                        continue;
                    }
                    boolean askPositive = rng.nextInt(2) == 0;
                    boolean truth = askPositive == end.pos();
                    StringBuilder q = new StringBuilder();
                    q.append(cap(s.the())).append(' ').append(rel(start)).append('.');
                    for (Edge edge : path) {
                        q.append(' ').append(ruleSentence(edge));
                    }
                    q.append(rng.pick(List.of(" Given only this information, is it true that ",
                            " Does it follow that ", " Using these statements, is it correct that ")));
                    q.append("this system ").append(rel(end.pred(), askPositive)).append('?');
                    chains.add(q.toString(), truth, s.id, "premise " + s.fact(p) + "; " + cite(path)
                            + " => " + end + "; question asks " + (askPositive ? "" : "!") + end.pred()
                            + " => " + tf(truth) + "; agrees with " + s.fact(end.pred()), "mhop_");
                }
            }
        }
        Pool rules = new Pool();
        for (Sys s : systems) {
            for (Axiom ax : AXIOMS) {
                List<List<Lit>> parts = ruleParts(ax);
                if (ax.convention() || parts == null || parts.get(0).size() < 2) {
                    continue;
                }
                List<Lit> ante = parts.get(0);
                boolean applies = true;
                for (Lit l : ante) {
                    if (!s.known(l.pred()) || s.is(l.pred()) != l.pos()) {
                        applies = false;
                    }
                }
                if (!applies) {
                    continue;
                }
                for (Lit cons : parts.get(1)) {
                    if (!s.known(cons.pred()) || s.is(cons.pred()) != cons.pos()) {
                        fail("rule " + ax.id() + " contradicts the facts of " + s.id);
                    }
                    // Optionally replace one premise by a fact that implies it (one extra hop).
                    List<String> premises = new ArrayList<>();
                    List<String> extra = new ArrayList<>();
                    String derivedVia = "";
                    int swapAt = rng.nextInt(ante.size() + 1);
                    Set<String> mentioned = new LinkedHashSet<>();
                    for (Lit l : ante) {
                        mentioned.add(l.pred());
                    }
                    for (Lit l : parts.get(1)) {
                        mentioned.add(l.pred());
                    }
                    for (int i = 0; i < ante.size(); i++) {
                        Lit l = ante.get(i);
                        Edge hop = null;
                        if (i == swapAt) {
                            for (Edge e : EDGES) {
                                if (!e.axiom().convention() && e.to().equals(l) && ATOMIC_PREDS.contains(e.from().pred())
                                        && !mentioned.contains(e.from().pred())
                                        && !e.from().pred().equals("deterministic") && s.known(e.from().pred())
                                        && s.is(e.from().pred()) == e.from().pos()) {
                                    hop = e;
                                    break;
                                }
                            }
                        }
                        if (hop != null) {
                            premises.add(rel(hop.from()));
                            extra.add(ruleSentence(hop));
                            derivedVia = "; premise " + l + " obtained via " + hop.cite();
                        } else {
                            premises.add(rel(l));
                        }
                    }
                    String joined = premises.size() == 2 ? premises.get(0) + " and " + premises.get(1)
                            : String.join(", ", premises.subList(0, premises.size() - 1)) + " and "
                                    + premises.get(premises.size() - 1);
                    boolean askPositive = rng.nextInt(2) == 0;
                    boolean truth = askPositive == cons.pos();
                    StringBuilder q = new StringBuilder();
                    q.append(cap(s.the())).append(' ').append(joined).append('.');
                    for (String x : extra) {
                        q.append(' ').append(x);
                    }
                    q.append(' ').append(ax.statement());
                    q.append(rng.pick(List.of(" Taking these statements together, is it true that this system ",
                            " Does it follow that this system ")));
                    q.append(rel(cons.pred(), askPositive)).append('?');
                    rules.add(q.toString(), truth, s.id, "premises " + ante + " are facts of " + s.id + derivedVia
                            + "; " + ax.id() + ": " + ax.text() + " => " + cons + "; question asks "
                            + (askPositive ? "" : "!") + cons.pred() + " => " + tf(truth), "mhop_");
                }
            }
        }
        Pool compose = new Pool();
        List<String> composePreds = new ArrayList<>(ATOMIC_PREDS);
        composePreds.remove("deterministic");
        for (Sys s : systems) {
            for (int i = 0; i < composePreds.size(); i++) {
                for (int j = i + 1; j < composePreds.size(); j++) {
                    String a = composePreds.get(i);
                    String b = composePreds.get(j);
                    if (!s.known(a) || !s.known(b) || rng.nextInt(4) != 0) {
                        continue;
                    }
                    int form = rng.nextInt(3);
                    String S = s.the();
                    String q;
                    boolean truth;
                    String how;
                    if (form == 0) {
                        q = "Is it true that " + S + " " + rel(a, true) + " and " + rel(b, true) + "?";
                        truth = s.is(a) && s.is(b);
                        how = "AND";
                    } else if (form == 1) {
                        q = "Is it true that " + S + " " + rel(a, true) + " or " + rel(b, true) + " (or both)?";
                        truth = s.is(a) || s.is(b);
                        how = "OR";
                    } else {
                        q = "Is it true that " + S + " " + rel(a, true) + " but " + rel(b, false) + "?";
                        truth = s.is(a) && !s.is(b);
                        how = "AND-NOT";
                    }
                    compose.add(q, truth, s.id, how + " of " + s.fact(a) + ", " + s.fact(b), "mhop_");
                }
            }
        }
        Pool pairs = new Pool();
        for (Sys s1 : systems) {
            for (Sys s2 : systems) {
                if (s1 == s2 || rng.nextInt(6) != 0) {
                    continue;
                }
                String p = rng.pick(composePreds);
                if (!s1.known(p) || !s2.known(p)) {
                    continue;
                }
                int form = rng.nextInt(3);
                String q;
                boolean truth;
                String how;
                if (form == 0) {
                    q = "Is it true that " + s1.the() + " " + rel(p, true) + ", and that " + s2.the() + " "
                            + rel(p, true) + " as well?";
                    truth = s1.is(p) && s2.is(p);
                    how = "both";
                } else if (form == 1) {
                    q = "Is it true that " + s1.the() + " " + rel(p, true) + " while " + s2.the() + " "
                            + rel(p, false) + "?";
                    truth = s1.is(p) && !s2.is(p);
                    how = "first-not-second";
                } else {
                    q = "Of " + s1.the() + " and " + s2.the() + ", does exactly one satisfy the description \"it "
                            + rel(p, true) + "\"?";
                    truth = s1.is(p) != s2.is(p);
                    how = "exactly-one";
                }
                pairs.add(q, truth, s1.id, how + " of " + s1.fact(p) + ", " + s2.fact(p), "mhop_");
            }
        }
        Pool lyap = new Pool();
        for (Sys s1 : systems) {
            for (Sys s2 : systems) {
                Integer a = s1.lyapSign();
                Integer b = s2.lyapSign();
                if (s1 == s2 || a == null || b == null || a.equals(b) || rng.nextInt(3) != 0) {
                    continue;
                }
                String q = "Is the largest Lyapunov exponent of " + s1.the()
                        + " greater than the largest Lyapunov exponent of " + s2.the() + "?";
                lyap.add(q, a > b, s1.id, "Lyapunov sign " + s1.id + "=" + a + ", " + s2.id + "=" + b
                        + " (from positive_lyapunov/lyap_zero/lyap_negative)", "mhop_");
            }
        }
        List<Cand> all = new ArrayList<>();
        all.addAll(balanced(chains, N_MHOP_CHAIN, rng, "multi_hop/chain"));
        all.addAll(balanced(rules, N_MHOP_RULE, rng, "multi_hop/rule"));
        all.addAll(balanced(compose, N_MHOP_COMPOSE, rng, "multi_hop/compose"));
        all.addAll(balanced(pairs, N_MHOP_PAIR, rng, "multi_hop/pair"));
        all.addAll(balanced(lyap, N_MHOP_LYAP, rng, "multi_hop/lyapunov"));
        BY_FILE.put(F_MHOP, toItems(all, T_MHOP));
    }

    /** fol_inference: system-agnostic implication / contrapositive / chain / exclusion items. */
    static void genFol() {
        Rng rng = Rng.forName(T_FOL);
        List<String> preds = new ArrayList<>(ATOMIC_PREDS);
        preds.addAll(INDICATOR_PREDS);
        List<Lit> lits = new ArrayList<>();
        for (String p : preds) {
            lits.add(new Lit(p, true));
            lits.add(new Lit(p, false));
        }
        Pool must = new Pool();
        Pool both = new Pool();
        for (Lit a : lits) {
            for (Lit b : lits) {
                if (a.pred().equals(b.pred())) {
                    continue;
                }
                // "must": a entails b?
                List<Edge> path = chain(a, b, 3);
                Sys counter = witness(a, b.neg());
                if (path != null && counter != null) {
                    fail("axioms entail " + a + " -> " + b + " but " + counter.id + " is a counterexample");
                }
                String[] mustQ = {
                    "Suppose a dynamical system " + rel(a) + ". Does it necessarily follow that it " + rel(b) + "?",
                    "If a dynamical system " + rel(a) + ", must it also be true that it " + rel(b) + "?",
                    "Is every dynamical system that " + rel(a) + " also one that " + rel(b) + "?"};
                String q = mustQ[rng.nextInt(mustQ.length)];
                if (path != null) {
                    String prefix = path.size() > 1 ? "fol_chain_" : (a.pos() ? "fol_impl_" : "fol_contra_");
                    must.add(q, true, "generic", "entailed: " + cite(path), prefix);
                } else if (counter != null) {
                    must.add(q, false, "generic", "not entailed; counterexample " + counter.id + " ("
                            + counter.fact(a.pred()) + ", " + counter.fact(b.pred()) + ")",
                            a.pos() ? "fol_impl_" : "fol_contra_");
                }
                // "both": can a and b hold together?
                if (a.pred().compareTo(b.pred()) < 0) {
                    List<Edge> excl = chain(a, b.neg(), 3);
                    Sys w = witness(a, b);
                    if (excl != null && w != null) {
                        fail("axioms exclude " + a + " & " + b + " but " + w.id + " has both");
                    }
                    String[] bothQ = {
                        "Can one and the same dynamical system satisfy both of the following: it " + rel(a)
                                + "; it " + rel(b) + "?",
                        "Is it possible for a dynamical system to be such that it " + rel(a) + " and also "
                                + rel(b) + "?"};
                    String bq = bothQ[rng.nextInt(bothQ.length)];
                    if (excl != null) {
                        both.add(bq, false, "generic", "excluded: " + cite(excl), "fol_excl_");
                    } else if (w != null) {
                        both.add(bq, true, "generic", "witness " + w.id + " (" + w.fact(a.pred()) + ", "
                                + w.fact(b.pred()) + ")", "fol_excl_");
                    }
                }
            }
        }
        List<Cand> all = new ArrayList<>();
        all.addAll(balanced(must, N_FOL_MUST, rng, "fol/must"));
        all.addAll(balanced(both, N_FOL_BOTH, rng, "fol/both"));
        BY_FILE.put(F_FOL, toItems(all, T_FOL));
    }

    /** First system (table order) where both literals are known and true. */
    static Sys witness(Lit a, Lit b) {
        for (Sys s : SYSTEMS) {
            if (s.known(a.pred()) && s.known(b.pred()) && s.is(a.pred()) == a.pos()
                    && s.is(b.pred()) == b.pos()) {
                return s;
            }
        }
        return null;
    }

    static final List<String> AUTHORITIES = List.of(
            "A popular science article states that",
            "A margin note in my old textbook claims that",
            "An AI assistant confidently told me that",
            "Everyone in my reading group agrees that",
            "A reviewer, citing a well-known monograph, insists that",
            "A highly upvoted forum answer says that",
            "My lab partner, who has simulated it many times, is sure that");

    static final List<String> BAD_REASONS = List.of(
            "its equations are short and simple",
            "it is completely deterministic",
            "it has only a handful of parameters",
            "its equations are nonlinear",
            "its time series looks irregular at first glance",
            "it appears in every introductory textbook");

    /** adversarial_misleading: a false claim or a bad argument precedes the question. */
    static List<Item> genMisleading() {
        Rng rng = Rng.forName(T_MISLEAD);
        Pool pool = new Pool();
        for (Sys s : tier("core", "regime")) {
            for (String p : ATOMIC_PREDS) {
                if (!s.known(p)) {
                    continue;
                }
                boolean v = s.is(p);
                String S = s.the();
                String falseClaim = S + " " + rel(p, !v);
                int form = rng.nextInt(4);
                String q;
                boolean truth;
                if (form == 0) {
                    q = rng.pick(AUTHORITIES) + " " + falseClaim + ". Is that statement correct?";
                    truth = false;
                } else if (form == 1) {
                    q = rng.pick(AUTHORITIES) + " " + falseClaim + ". Is it true that this system " + rel(p, true) + "?";
                    truth = v;
                } else if (form == 2) {
                    q = "Since " + rng.pick(BAD_REASONS) + ", " + falseClaim + ". Is that conclusion correct?";
                    truth = false;
                } else {
                    q = "Some lecture slides take it as given that " + falseClaim + ". In fact, is it true that this system "
                            + rel(p, true) + "?";
                    truth = v;
                }
                pool.add(q, truth, s.id, "misleading claim '" + p + "=" + (v ? "F" : "T") + "' is false; "
                        + s.fact(p), "adv_mislead_");
            }
        }
        return toItems(balanced(pool, N_MISLEAD, rng, T_MISLEAD), T_MISLEAD);
    }

    /** adversarial_nearmiss: same model, different regime, different truth. */
    static List<Item> genNearMiss() {
        Rng rng = Rng.forName(T_NEARMISS);
        Pool pool = new Pool();
        for (List<Sys> group : familyGroups().values()) {
            for (Sys a : group) {
                for (Sys b : group) {
                    if (a == b) {
                        continue;
                    }
                    for (String p : ATOMIC_PREDS) {
                        if (!a.known(p) || !b.known(p) || a.is(p) == b.is(p)) {
                            continue;
                        }
                        int form = rng.nextInt(3);
                        String q;
                        boolean truth;
                        if (form == 0) {
                            q = cap(a.the()) + " " + rel(p, a.is(p)) + ". What about " + b.the()
                                    + ": is it true that it " + rel(p, true) + "?";
                            truth = b.is(p);
                        } else if (form == 1) {
                            q = cap(a.the()) + " and " + b.the() + " differ only in their parameters or conditions. "
                                    + "Is it true that " + b.the() + " " + rel(p, true) + "?";
                            truth = b.is(p);
                        } else {
                            q = "It is well established that " + a.the() + " " + rel(p, a.is(p))
                                    + ". Does the same hold for " + b.the() + "?";
                            truth = false;
                        }
                        pool.add(q, truth, b.id, "near miss of " + a.id + " (" + a.fact(p) + "); " + b.fact(p),
                                b.id + "_nearmiss_");
                    }
                }
            }
        }
        return toItems(balanced(pool, N_NEARMISS, rng, T_NEARMISS), T_NEARMISS);
    }

    static String chaosIndicatorDerivation(Sys s) {
        return s.fact("chaotic") + "; " + s.fact("k01_near_one") + "; A29/A30 (indicator readings)";
    }

    /** cross_indicator: two indicators read together, or checked against each other. */
    static void genCross() {
        Rng rng = Rng.forName(T_CROSS);
        Pool pool = new Pool();
        List<Sys> systems = tier("core", "regime");
        for (Sys s : systems) {
            String lam = lyapText(s);
            boolean ch = s.is("chaotic");
            String beh = s.behaviour();
            String S = s.the();
            if (lam != null) {
                String k = kValue(s.is("k01_near_one"), rng);
                pool.add("For " + S + ", the 0-1 test for chaos gives K = " + k
                        + " and the largest Lyapunov exponent is estimated as " + lam
                        + ". Do these two indicators together show that the system is chaotic?", ch, s.id,
                        "reported values follow the facts (" + s.fact("k01_near_one") + ", Lyapunov sign "
                                + s.lyapSign() + "); " + s.fact("chaotic"), "cross_");
                // spectrum + Lyapunov agreement, possibly with one report corrupted
                boolean corrupt = rng.nextInt(2) == 0;
                String spec = spectrumText(corrupt ? (ch ? "periodic" : "chaotic") : beh);
                pool.add("The power spectrum of " + S + " is reported as " + spec
                        + ", and its largest Lyapunov exponent as " + lam
                        + ". Are these two reports in agreement with each other?", !corrupt, s.id,
                        (corrupt ? "spectrum report contradicts " : "spectrum report matches ") + s.fact("chaotic")
                                + " (A29/A30: chaos <-> broadband for deterministic systems); Lyapunov report matches "
                                + "the facts (sign " + s.lyapSign() + ")", "cross_");
            }
            // two reports checked against the known dynamics; possibly one corrupted
            int corrupt = rng.nextInt(3); // 0 = none, 1 = K wrong, 2 = spectrum wrong
            String k = kValue(corrupt == 1 ? !s.is("k01_near_one") : s.is("k01_near_one"), rng);
            String spec = spectrumText(corrupt == 2 ? (ch ? "periodic" : "chaotic") : beh);
            pool.add("Two independent analyses of " + S + " report (1) K = " + k + " in the 0-1 test for chaos and (2) a power spectrum that is "
                    + spec + ". Are both reports consistent with the known dynamics of this system?", corrupt == 0,
                    s.id, (corrupt == 0 ? "both reports match " : (corrupt == 1 ? "K report contradicts " : "spectrum report contradicts "))
                            + s.fact("chaotic") + ", " + s.fact("k01_near_one") + ", " + s.fact("broadband_spectrum"), "cross_");
            // joint expectation
            if (rng.nextInt(2) == 0) {
                pool.add("For " + S + ", would one expect both a 0-1 test value K close to 1 and a positive largest Lyapunov exponent?",
                        s.is("k01_near_one") && s.is("positive_lyapunov"), s.id,
                        s.fact("k01_near_one") + " AND " + s.fact("positive_lyapunov"), "cross_");
            } else {
                pool.add("For " + S + ", would one expect both a 0-1 test value K close to 0 and a largest Lyapunov exponent that is not positive?",
                        !s.is("k01_near_one") && !s.is("positive_lyapunov"), s.id,
                        "!" + s.fact("k01_near_one") + " AND !" + s.fact("positive_lyapunov"), "cross_");
            }
        }
        // two-system comparison from the 0-1 test
        for (Sys s1 : systems) {
            for (Sys s2 : systems) {
                if (s1 == s2 || s1.is("chaotic") == s2.is("chaotic") || rng.nextInt(8) != 0) {
                    continue;
                }
                pool.add("The 0-1 test for chaos gives K = " + kValue(s1.is("k01_near_one"), rng) + " for " + s1.the()
                        + " and K = " + kValue(s2.is("k01_near_one"), rng) + " for " + s2.the()
                        + ". Is the largest Lyapunov exponent of " + s1.the() + " the larger of the two?",
                        s1.is("positive_lyapunov") && !s2.is("positive_lyapunov"), s1.id,
                        s1.fact("k01_near_one") + ", " + s2.fact("k01_near_one") + " => "
                                + s1.fact("positive_lyapunov") + ", " + s2.fact("positive_lyapunov"), "cross_");
            }
        }
        BY_FILE.put(F_CROSS, toItems(balanced(pool, N_CROSS, rng, T_CROSS), T_CROSS));
    }

    /** indicator_diagnostic: read one indicator value, or predict one indicator. */
    static void genIndicator() {
        Rng rng = Rng.forName(T_IND);
        Pool pool = new Pool();
        for (Sys s : tier("core", "regime")) {
            String S = s.the();
            boolean ch = s.is("chaotic");
            String k = kValue(s.is("k01_near_one"), rng);
            pool.add("A 0-1 test for chaos applied to a long time series of " + S + " returns K = " + k
                    + ". Does this result indicate chaotic dynamics?", ch, s.id,
                    "K reported from " + s.fact("k01_near_one") + "; A29 => " + s.fact("chaotic"), "ind_direct_");
            String lam = lyapText(s);
            if (lam != null) {
                pool.add("The largest Lyapunov exponent of " + S + " is estimated as " + lam
                        + ". Does this indicate sensitive dependence on initial conditions?", s.is("sensitive_dependence"),
                        s.id, "Lyapunov sign " + s.lyapSign() + "; A06 => " + s.fact("sensitive_dependence"), "ind_direct_");
                pool.add("An estimate of the largest Lyapunov exponent of " + S + " gives " + lam
                        + ". Is the long-term motion regular (not chaotic)?", !ch, s.id,
                        "Lyapunov sign " + s.lyapSign() + "; A05/A04 => " + s.fact("chaotic"), "ind_direct_");
            }
            pool.add("The power spectrum of a long time series from " + S + " is " + spectrumText(s.behaviour())
                    + ". Does this point to chaotic dynamics?", ch, s.id,
                    "spectrum reported from behaviour class " + s.behaviour() + "; A29/A30 => " + s.fact("chaotic"),
                    "ind_direct_");
            for (String p : INDICATOR_PREDS) {
                if (!s.known(p)) {
                    continue;
                }
                pool.add(fill(rng.pick(PHRASES.get(p).questions()), s), s.is(p), s.id, s.fact(p), "ind_predict_");
            }
        }
        BY_FILE.put(F_IND, toItems(balanced(pool, N_IND, rng, T_IND), T_IND));
    }

    /** regime_transition: the same model at two parameter regimes. */
    static void genRegime() {
        Rng rng = Rng.forName(T_REGIME);
        Pool pool = new Pool();
        for (Map.Entry<String, List<Sys>> g : familyGroups().entrySet()) {
            String prefix = "regime_" + g.getKey() + "_";
            for (Sys a : g.getValue()) {
                for (Sys b : g.getValue()) {
                    if (a == b) {
                        continue;
                    }
                    String fam = "the " + a.familyName;
                    String ra = a.regime;
                    String rb = b.regime;
                    for (String p : REGIME_PREDS) {
                        if (!a.known(p) || !b.known(p) || rng.nextInt(2) != 0) {
                            continue;
                        }
                        String d = "A: " + a.fact(p) + "; B: " + b.fact(p);
                        if (a.is(p)) {
                            pool.add(cap(fam) + " with " + ra + " " + rel(p, true) + ". When the parameters are changed to "
                                    + rb + ", is it still true that it " + rel(p, true) + "?", b.is(p), b.id,
                                    d + " => still " + p + " = " + b.is(p), prefix);
                        }
                        if (rng.nextInt(2) == 0) {
                            pool.add("When " + fam + " is moved from " + ra + " to " + rb + ", does it change from a system that "
                                    + rel(p, false) + " into one that " + rel(p, true) + "?", !a.is(p) && b.is(p), b.id,
                                    d + " => (!A and B) = " + (!a.is(p) && b.is(p)), prefix);
                        } else {
                            pool.add("Is it true that " + fam + " " + rel(p, true) + " with " + rb + " but not with " + ra + "?",
                                    !a.is(p) && b.is(p), b.id, d + " => (B and !A) = " + (!a.is(p) && b.is(p)), prefix);
                        }
                    }
                    pool.add("Do " + fam + " with " + ra + " and the same model with " + rb
                            + " have the same type of long-term behaviour (stable fixed point, periodic, quasi-periodic or chaotic)?",
                            a.behaviour().equals(b.behaviour()), b.id,
                            "classes " + a.behaviour() + " vs " + b.behaviour() + " (A19)", prefix);
                    Integer sa = a.lyapSign();
                    Integer sb = b.lyapSign();
                    if (sa != null && sb != null) {
                        pool.add("When the parameters of " + fam + " go from " + ra + " to " + rb
                                + ", does the sign of the largest Lyapunov exponent change?", !sa.equals(sb), b.id,
                                "Lyapunov sign " + sa + " -> " + sb, prefix);
                    }
                    boolean ca = a.is("chaotic");
                    boolean cb = b.is("chaotic");
                    pool.add("Does " + fam + " undergo a transition to chaos when its parameters change from " + ra + " to " + rb + "?",
                            !ca && cb, b.id, a.fact("chaotic") + "; " + b.fact("chaotic"), prefix);
                    pool.add("Does " + fam + " stop being chaotic when its parameters change from " + ra + " to " + rb + "?",
                            ca && !cb, b.id, a.fact("chaotic") + "; " + b.fact("chaotic"), prefix);
                }
            }
        }
        BY_FILE.put(F_REGIME, toItems(balanced(pool, N_REGIME, rng, T_REGIME), T_REGIME));
    }

    /** extended_systems: atomic-style questions about the less common systems. */
    static void genExtended() {
        Rng rng = Rng.forName(T_EXT);
        Pool pool = new Pool();
        for (Sys s : tier("extended")) {
            for (String p : ATOMIC_PREDS) {
                if (!s.known(p)) {
                    continue;
                }
                List<String> options = new ArrayList<>();
                for (String q : PHRASES.get(p).questions()) {
                    options.add(fill(q, s));
                }
                options.add("Is it true that " + s.the() + " " + rel(p, true) + "?");
                pool.add(rng.pick(options), s.is(p), s.id, s.fact(p), "ext_sys_");
            }
        }
        BY_FILE.put(F_EXT, toItems(balanced(pool, N_EXT, rng, T_EXT), T_EXT));
    }

    // ------------------------------------------------------------------------------------
    // Serialization (Python json.dumps layout, ensure_ascii)
    // ------------------------------------------------------------------------------------

    static String js(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    static String jsonLine(Item it) {
        return "{\"id\": " + js(it.id()) + ", \"question\": " + js(it.question()) + ", \"ground_truth\": "
                + js(tf(it.truth())) + ", \"type\": " + js(it.type()) + ", \"system_id\": " + js(it.systemId())
                + ", \"template\": " + js(TEMPLATE) + "}\n";
    }

    static String selectorJson() {
        StringBuilder b = new StringBuilder();
        b.append("{\n  \"schema_version\": \"v2\",\n  \"description\": ")
                .append(js("ChaosBench Runs default dataset (generated by data/generator/DatasetGenerator.java "
                        + "from data/facts; not the original ChaosBench-Logic data)"))
                .append(",\n  \"files\": [\n");
        for (int i = 0; i < FILES.size(); i++) {
            b.append("    ").append(js(FILES.get(i))).append(i + 1 < FILES.size() ? ",\n" : "\n");
        }
        b.append("  ]\n}");
        return b.toString();
    }

    static void write(Path root, String rel, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Path p = root.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    // ------------------------------------------------------------------------------------
    // Final checks and statistics
    // ------------------------------------------------------------------------------------

    static void checkAll() {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> qs = new LinkedHashSet<>();
        Map<String, int[]> fam = new LinkedHashMap<>();
        for (String f : FAMILIES) {
            fam.put(f, new int[2]);
        }
        int total = 0;
        for (Map.Entry<String, List<Item>> e : BY_FILE.entrySet()) {
            for (Item it : e.getValue()) {
                total++;
                if (!ids.add(it.id())) {
                    fail("duplicate id " + it.id());
                }
                if (!qs.add(it.question())) {
                    fail("duplicate question " + it.question());
                }
                int[] c = fam.get(it.type());
                if (c == null) {
                    fail("unexpected type " + it.type());
                }
                c[it.truth() ? 0 : 1]++;
                for (char ch : jsonLine(it).toCharArray()) {
                    if (ch > 0x7e) {
                        fail("non-ASCII output in " + it.id());
                    }
                }
            }
        }
        for (Map.Entry<String, int[]> e : fam.entrySet()) {
            int n = e.getValue()[0] + e.getValue()[1];
            if (n < MIN_PER_FAMILY) {
                fail("family " + e.getKey() + " has only " + n + " items");
            }
            double rate = (double) e.getValue()[0] / n;
            if (rate < MIN_TRUE_RATE || rate > MAX_TRUE_RATE) {
                fail("family " + e.getKey() + " TRUE rate " + rate + " outside [0.45, 0.55]");
            }
        }
        if (total < MIN_TOTAL) {
            fail("only " + total + " items");
        }
    }

    static String pct(int t, int n) {
        return new java.math.BigDecimal(100.0 * t / n).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    static String stats() {
        StringBuilder b = new StringBuilder();
        b.append("# Default dataset statistics\n\n");
        b.append("Generated by `data/generator/DatasetGenerator.java` (do not edit by hand). ");
        b.append("Facts table: ").append(SYSTEMS.size()).append(" rows (")
                .append(tier("core").size()).append(" core, ").append(tier("regime").size()).append(" regime, ")
                .append(tier("extended").size()).append(" extended) x ").append(PRED_COLUMNS.size())
                .append(" predicates; ").append(AXIOMS.size()).append(" axioms.\n\n");
        b.append("## Per file\n\n| file | items | TRUE | FALSE | `type` values |\n|---|---:|---:|---:|---|\n");
        int total = 0;
        int totalTrue = 0;
        Map<String, int[]> fam = new LinkedHashMap<>();
        for (String f : FILES) {
            List<Item> items = BY_FILE.get(f);
            int t = 0;
            Map<String, Integer> types = new LinkedHashMap<>();
            for (Item it : items) {
                if (it.truth()) {
                    t++;
                }
                types.merge(it.type(), 1, Integer::sum);
                fam.computeIfAbsent(it.type(), k -> new int[2])[it.truth() ? 0 : 1]++;
            }
            List<String> ty = new ArrayList<>();
            for (Map.Entry<String, Integer> e : types.entrySet()) {
                ty.add(e.getKey() + " " + e.getValue());
            }
            b.append("| ").append(f).append(" | ").append(items.size()).append(" | ").append(t).append(" | ")
                    .append(items.size() - t).append(" | ").append(String.join(", ", ty)).append(" |\n");
            total += items.size();
            totalTrue += t;
        }
        b.append("| **total** | **").append(total).append("** | **").append(totalTrue).append("** | **")
                .append(total - totalTrue).append("** | |\n\n");
        b.append("## Per family (`type`)\n\n| family | items | TRUE | FALSE | TRUE rate |\n|---|---:|---:|---:|---:|\n");
        for (String f : FAMILIES) {
            int[] c = fam.get(f);
            int n = c[0] + c[1];
            b.append("| ").append(f).append(" | ").append(n).append(" | ").append(c[0]).append(" | ").append(c[1])
                    .append(" | ").append(pct(c[0], n)).append(" |\n");
        }
        b.append("\n## Facts table (from data/facts/systems.tsv)\n\n");
        b.append("T = true, F = false, - = not asked. Column keys: ");
        List<String> keyDoc = new ArrayList<>();
        for (int i = 0; i < PRED_COLUMNS.size(); i++) {
            keyDoc.add("P" + (i + 1) + " = `" + PRED_COLUMNS.get(i) + "`");
        }
        b.append(String.join(", ", keyDoc)).append(".\n\n| id | tier | lyap_max |");
        for (int i = 0; i < PRED_COLUMNS.size(); i++) {
            b.append(" P").append(i + 1).append(" |");
        }
        b.append("\n|---|---|---:|");
        for (int i = 0; i < PRED_COLUMNS.size(); i++) {
            b.append(":-:|");
        }
        b.append("\n");
        for (Sys s : SYSTEMS) {
            b.append("| ").append(s.id).append(" | ").append(s.tier).append(" | ").append(s.lyap).append(" |");
            for (String p : PRED_COLUMNS) {
                Boolean v = s.get(p);
                b.append(' ').append(v == null ? "-" : (v ? "T" : "F")).append(" |");
            }
            b.append("\n");
        }
        b.append("\n## Axioms (from data/facts/axioms.tsv)\n\n| id | kind | formula |\n|---|---|---|\n");
        for (Axiom a : AXIOMS) {
            b.append("| ").append(a.id()).append(" | ").append(a.kind()).append(" | `").append(a.text().replace("|", "\\|"))
                    .append("` |\n");
        }
        b.append("\n## Per system (`system_id`)\n\n| system_id | items |\n|---|---:|\n");
        Map<String, Integer> bySys = new TreeMap<>();
        for (List<Item> items : BY_FILE.values()) {
            for (Item it : items) {
                bySys.merge(it.systemId(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Integer> e : bySys.entrySet()) {
            b.append("| ").append(e.getKey()).append(" | ").append(e.getValue()).append(" |\n");
        }
        return b.toString();
    }

    static void fail(String msg) {
        throw new IllegalStateException("DatasetGenerator: " + msg);
    }

    // ------------------------------------------------------------------------------------
    // Main
    // ------------------------------------------------------------------------------------

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java data/generator/DatasetGenerator.java <repo-root>");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        try {
            loadSystems(root.resolve("data/facts/systems.tsv"));
            loadAxioms(root.resolve("data/facts/axioms.tsv"));
            checkFactsAgainstAxioms();
            deriveEdges();

            genAtomic();           // first: the paraphrase family refers to atomic items
            genParaphrase();
            genPerturbation();
            genMultiHop();
            genFol();
            List<Item> adv = new ArrayList<>(genMisleading());
            adv.addAll(genNearMiss());
            BY_FILE.put(F_ADV, adv);
            genCross();
            genIndicator();
            genRegime();
            genExtended();

            // files in the selector's (alphabetical) order
            Map<String, List<Item>> ordered = new LinkedHashMap<>();
            List<String> sorted = new ArrayList<>(FILES);
            Collections.sort(sorted);
            if (!sorted.equals(FILES)) {
                fail("FILES must be listed alphabetically");
            }
            for (String f : FILES) {
                ordered.put(f, BY_FILE.get(f));
            }
            BY_FILE.clear();
            BY_FILE.putAll(ordered);
            checkAll();
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }

        StringBuilder deriv = new StringBuilder("id\tfamily\tground_truth\tderivation\n");
        for (Map.Entry<String, List<Item>> e : BY_FILE.entrySet()) {
            StringBuilder sb = new StringBuilder();
            for (Item it : e.getValue()) {
                sb.append(jsonLine(it));
                deriv.append(it.id()).append('\t').append(it.type()).append('\t').append(tf(it.truth()))
                        .append('\t').append(it.derivation().replace('\t', ' ')).append('\n');
            }
            write(root, e.getKey(), sb.toString());
        }
        write(root, "data/canonical_v2_files.json", selectorJson());
        write(root, "data/generator/derivations.tsv", deriv.toString());
        String st = stats();
        write(root, "data/generator/STATS.md", st);
        System.out.print(st);
        System.out.println();
        System.out.println("checks passed: axioms hold for all " + SYSTEMS.size() + " rows; ids and questions unique; "
                + "every family TRUE rate within [0.45, 0.55]");
    }
}
