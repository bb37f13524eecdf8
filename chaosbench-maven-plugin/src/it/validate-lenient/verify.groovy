// Lenient mode: one report lists every problem of both files, in file and line order, then
// the build fails with the count.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def atomic = new File(basedir, 'data/v22_atomic.jsonl').path
def multiHop = new File(basedir, 'data/v22_multi_hop.jsonl').path

def expected = [
    '[ERROR] 5 problems:',
    '[ERROR]   ' + atomic + ':2: ground_truth must be "TRUE" or "FALSE", found "MAYBE"',
    '[ERROR]   ' + atomic + ':3: malformed JSON',
    '[ERROR]   ' + atomic + ':4: missing key "template"',
    '[ERROR]   ' + multiHop + ':1: duplicate id "atomic_0001" (first at ' + atomic + ':1)',
    '[ERROR]   ' + multiHop + ':3: unexpected key "split" (an item has exactly the keys id, question, ground_truth, type, system_id, template)',
]
int start = lines.indexOf(expected[0])
assert start >= 0
def report = lines.subList(start, start + expected.size())
expected.eachWithIndex { line, i -> assert report[i].startsWith(line) }
// The per-file summary still comes first, counting the items that could be read.
assert lines.any { it ==~ /\[ERROR\] data\/v22_atomic\.jsonl\s+3 items\s+1 TRUE\s+1 FALSE/ }
assert lines.any { it ==~ /\[ERROR\] data\/v22_multi_hop\.jsonl\s+3 items\s+2 TRUE\s+1 FALSE/ }
assert lines.any { it.contains('The dataset has 5 problem(s), listed above.') }
assert lines.contains('[INFO] BUILD FAILURE')
true
