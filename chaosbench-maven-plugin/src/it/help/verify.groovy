// The generated help lists every goal; each ChaosBench goal names its command-line twin, and
// each of its parameters shows an example with its user property (a list configured in the POM
// shows an XML example instead).
def log = new File(basedir, 'build.log').getText('UTF-8')

def goals = [
    audit      : ['biasMaxGap', 'biasMinRecall', 'failOn', 'freezeManifest', 'outDir', 'paperAssetsDir', 'promptHashes',
                  'publishedDir', 'root', 'runsDir', 'skip', 'subsetSizes', 'templateDir', 'threads'],
    eval       : ['baseUrl', 'dataset', 'evaluations', 'force', 'lenient', 'maxAttempts', 'maxItems', 'maxTokens',
                  'maxUsd', 'model', 'outputDir', 'phase', 'promptTemplate', 'provider', 'requestTimeout', 'resume',
                  'retries', 'root', 'seed', 'shard', 'shuffleSeed', 'skip', 'strictParsing', 'subset', 'temperature',
                  'trueRate', 'truncatePredText', 'workers'],
    fingerprint: ['legacy', 'root', 'selector', 'skip'],
    freeze     : ['check', 'outputDir', 'root', 'selector', 'skip'],
    help       : ['detail', 'goal', 'indentSize', 'lineLength'],
    index      : ['format', 'freezeManifest', 'promptHashes', 'publishedDir', 'root', 'skip', 'subsetSizes'],
    leaderboard: ['locale', 'outputDirectory', 'outputFormat', 'outputTimestamp', 'publishedDir', 'root', 'runsDir',
                  'siteDirectory', 'skip', 'templateDir'],
    'merge-shards': ['force', 'out', 'root', 'shards', 'skip'],
    metrics    : ['out', 'root', 'run', 'skip'],
    'paper-assets': ['freezeManifest', 'out', 'promptHashes', 'publishedDir', 'root', 'runsDir', 'skip', 'subsetSizes',
                     'templateDir'],
    'publish-run': ['allowExploratory', 'compressPredictions', 'force', 'freezeManifest', 'indexFormat', 'out',
                    'promptHashes', 'root', 'run', 'skip', 'subsetSizes'],
    site       : ['out', 'publishedDir', 'root', 'runsDir', 'skip', 'templateDir', 'watch', 'watchInterval'],
    validate   : ['lenient', 'root', 'selector', 'skip'],
]
assert log.contains('This plugin has ' + goals.size() + ' goals:')

// One section per goal, from its "chaosbench:<goal>" line to the next; the help wraps long
// lines, so whitespace runs are folded to one space before searching.
def sections = [:]
def names = (log =~ /(?m)^chaosbench:([\w-]+)$/).collect { it[1] }
assert names == goals.keySet() as List
def parts = log.split(/(?m)^chaosbench:[\w-]+$/)
names.eachWithIndex { name, i -> sections[name] = parts[i + 1].replaceAll(/\s+/, ' ') }

goals.each { goal, params ->
    def text = sections[goal]
    // Exactly these parameters: each is listed as "name" or "name (Default: ...)" on its own line.
    def listed = (parts[names.indexOf(goal) + 1] =~ /(?m)^    (\w+)(?: \(Default: .*\))?$/).collect { it[1] }
    assert listed == params, goal
    if (goal == 'help') {
        return
    }
    // The mvn site report is the twin of the site command; the site plugin sets its inherited parameters.
    assert text.contains('bin/chaosbench ' + (goal == 'leaderboard' ? 'site' : goal)), goal
    params.each { p ->
        if (goal == 'leaderboard' && p in ['locale', 'outputDirectory', 'outputFormat', 'outputTimestamp', 'siteDirectory']) {
            return
        }
        if (p == 'evaluations') {
            assert text.contains('Example: <evaluations><evaluation><provider>'), goal + ' ' + p
            return
        }
        def property = p == 'force' && goal in ['eval', 'merge-shards'] ? 'chaosbench.' + goal + '.force' : 'chaosbench.' + p
        assert text.contains('Example: -D' + property + '='), goal + ' ' + p
        assert text.contains('User property: ' + property), goal + ' ' + p
    }
}
assert sections.metrics.contains('Required: Yes')
assert log.contains('[INFO] BUILD SUCCESS')
true
