// One bad label: the build failed, naming the file and line of the item, and said how many
// problems it found.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def where = new File(basedir, 'data/v22_atomic.jsonl').path

assert lines.contains('[ERROR]   ' + where + ':2: ground_truth must be "TRUE" or "FALSE", found "MAYBE"')
assert lines.any { it.contains('The dataset has 1 problem(s), listed above.') }
// A finding of the check is a failure of the build, not a plugin error.
assert lines.any { it.contains('MojoFailureException') }
assert !lines.any { it.contains('OK: ') }
assert lines.contains('[INFO] BUILD FAILURE')
true
