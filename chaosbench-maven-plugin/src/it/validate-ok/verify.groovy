// validate bound to verify: the build passed and logged the OK line with the item count.
def log = new File(basedir, 'build.log').getText('UTF-8')

assert log.contains('[INFO] OK: 5 items in 2 files, no problem found.')
// One summary line per file, in selector order, with its item and label counts.
assert log =~ /\[INFO\] data\/v22_atomic\.jsonl\s+3 items\s+2 TRUE\s+1 FALSE/
assert log =~ /\[INFO\] data\/v22_multi_hop\.jsonl\s+2 items\s+1 TRUE\s+1 FALSE/
assert log =~ /--- chaosbench:[^:]+:validate \(validate-dataset\) @ validate-ok ---/
assert log.contains('BUILD SUCCESS')
true
