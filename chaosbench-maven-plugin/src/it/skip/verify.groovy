// The skip switch: the goal ran but did nothing, so the bad item went unseen.
def lines = new File(basedir, 'build.log').readLines('UTF-8')

assert lines.any { it ==~ /\[INFO\] --- chaosbench:[^:]+:validate \(validate-dataset\) @ skip ---/ }
assert lines.contains('[INFO] Skipping: chaosbench.skip is true.')
assert !lines.any { it.contains('MAYBE') || it.contains('problem') }
assert lines.contains('[INFO] BUILD SUCCESS')
true
