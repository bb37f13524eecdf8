// A git repository whose master is tagged: the runs evaluated next record this commit, which the
// policy traces to a tag on master (RUNS_POLICY 1, criterion 5).
def git(String... args) {
    def command = ['git', '-c', 'user.name=IT', '-c', 'user.email=it@test.invalid'] + args.toList()
    def p = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    assert p.waitFor() == 0: "git ${args.join(' ')} failed: ${out}"
}
git('init', '-q', '-b', 'master')
git('add', 'data', 'pom.xml')
git('commit', '-q', '-m', 'dataset')
git('tag', 'v1.0')
true
