package org.chaosbench.runs.report.site;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.chaosbench.runs.ingest.audit.BiasThresholds;
import org.chaosbench.runs.ingest.audit.run.AuditContext;
import org.chaosbench.runs.ingest.audit.run.DiscoveredRun;
import org.chaosbench.runs.ingest.audit.run.RunAudit;
import org.chaosbench.runs.ingest.audit.run.RunAuditor;
import org.chaosbench.runs.report.audit.ProjectPolicy;

/**
 * The audits of one site build, or of every build of a running {@link SiteWatcher}. A one-shot
 * build audits every run. A watch keeps, for the whole session, the project's policy as read
 * when it started (so its verdicts stay those of one policy; a restart reads it again) and
 * each run's audit with the stamp of its folder (every file's name, size and modification
 * time): an unchanged run folder is not read again, which was a third of a rebuild's work after
 * adding one run to 1,000. Runs audited together share one item numbering for the pairwise
 * tests, so the audits kept and the new ones can still be compared.
 */
final class SiteAudits {
    private record Kept(String stamp, RunAudit audit) {
    }

    private final boolean remember;
    private final Map<DiscoveredRun, Kept> kept = new ConcurrentHashMap<>();
    private AuditContext context;

    private SiteAudits(boolean remember) {
        this.remember = remember;
    }

    /** For one build. */
    static SiteAudits once() {
        return new SiteAudits(false);
    }

    /** For the builds of one watch session. */
    static SiteAudits session() {
        return new SiteAudits(true);
    }

    /** The audits of {@code runs}, in their order; audits are independent, so they run in parallel. */
    synchronized List<RunAudit> audit(Path root, List<DiscoveredRun> runs) {
        if (context == null || !remember) {
            context = AuditContext.of(ProjectPolicy.load(root, null, List.of(), List.of()), BiasThresholds.DEFAULTS);
        }
        AuditContext audit = context;
        if (!remember) {
            return runs.parallelStream().map(run -> RunAuditor.audit(run, audit)).toList();
        }
        Set<DiscoveredRun> present = Set.copyOf(runs);
        kept.keySet().retainAll(present);
        return runs.parallelStream().map(run -> {
            String stamp = stamp(run.dir());
            Kept k = kept.get(run);
            if (k != null && stamp != null && k.stamp().equals(stamp)) {
                return k.audit();
            }
            RunAudit a = RunAuditor.audit(run, audit);
            if (stamp != null) {
                kept.put(run, new Kept(stamp, a));
            }
            return a;
        }).toList();
    }

    /**
     * Name, size and modification time of every file directly in the run folder, or null when
     * it cannot be listed (then the run is audited, which reports why). Taken before the audit
     * reads the files, so a file changed meanwhile gives another stamp next time.
     */
    static String stamp(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class);
                if (a.isRegularFile()) {
                    files.put(entry.getFileName().toString(), a.size() + "/" + a.lastModifiedTime().toMillis()
                            + "/" + a.fileKey());
                }
            }
        } catch (IOException e) {
            return null;
        }
        return files.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }
}
