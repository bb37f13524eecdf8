// Each of the six goals ran, said it skipped, and wrote nothing: the project holds exactly the
// files it started with plus the build log (no audit, index README, published copy, site,
// paper tables or merged run).
def lines = new File(basedir, 'build.log').readLines('UTF-8')

def goals = ['audit', 'publish-run', 'index', 'site', 'paper-assets', 'merge-shards']
goals.each { goal ->
    def header = lines.findIndexOf { it ==~ /\[INFO\] --- chaosbench:[^:]+:${goal} \(default-cli\) @ skip-newer-goals ---/ }
    assert header >= 0, goal
    def next = lines.findIndexOf(header + 1) { it.startsWith('[INFO] --- ') }
    def section = lines.subList(header + 1, next < 0 ? lines.size() : next)
    assert section.contains('[INFO] Skipping: chaosbench.skip is true.'), goal
}
assert lines.count { it == '[INFO] Skipping: chaosbench.skip is true.' } == goals.size()

def files = []
basedir.eachFileRecurse(groovy.io.FileType.FILES) { files << basedir.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
def run = ['metrics.json', 'predictions.jsonl', 'run_manifest.json', 'summary.md']
def expected = ['build.log', 'invoker.properties', 'pom.xml', 'verify.groovy'] +
        run.collect { 'runs/20260301T120000Z_mock/' + it } +
        run.collect { 'published_results/runs/20260301T120000Z_mock/' + it }
assert files.sort() == expected.sort()
assert lines.contains('[INFO] BUILD SUCCESS')
true
