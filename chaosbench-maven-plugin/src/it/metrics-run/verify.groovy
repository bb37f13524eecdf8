import groovy.json.JsonSlurper

// Six records (five valid, three correct; TP 1, FP 1, TN 2, FN 1) give known metrics; both files
// went to target/metrics and the run folder was left alone.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def out = new File(basedir, 'target/metrics')
def runDir = new File(basedir, 'runs/20260301T120000Z_mock')

def metricsFile = new File(out, 'metrics.json')
def text = metricsFile.getText('UTF-8')
assert text.startsWith('{\n  "total": 6,\n  "valid": 5,\n  "invalid": 1,\n  "correct": 3,\n')
assert !text.endsWith('\n') // pretty JSON without a trailing newline (FORMATS 5.7)
def m = new JsonSlurper().parseText(text)
assert [m.total, m.valid, m.invalid, m.correct] == [6, 5, 1, 3]
assert m.coverage == 0.8333
assert m.invalid_rate == 0.1667
assert m.accuracy_valid == 0.6
assert m.effective_accuracy == 0.5
assert m.balanced_accuracy == 0.5833 // (TPR 1/2 + TNR 2/3) / 2
assert m.mcc == 0.1667 // (1*2 - 1*1) / sqrt(2*2*3*3)
assert m.per_family.keySet() as List == ['atomic', 'multi_hop', 'fol_inference'] // first appearance
assert m.per_family.multi_hop == [total: 2, valid: 1, correct: 1, coverage: 0.5, accuracy_valid: 1.0]
assert m.per_split == [unknown: [total: 6, valid: 5, accuracy_valid: 0.6]]

def summary = new File(out, 'summary.md').readLines('UTF-8')
assert summary[0] == '# Evaluation Summary: 20260301T120000Z_mock' // the run id of run_manifest.json
assert summary.contains('**Provider:** mock')
assert summary.contains('| Balanced accuracy | 0.5833 |')
assert summary.findAll { it ==~ /\| [a-z_]+ \| .*/ } == ['| atomic | 2 | 1.000 | 0.500 |',
        '| fol_inference | 2 | 1.000 | 0.500 |', '| multi_hop | 2 | 0.500 | 1.000 |'] // sorted by name

assert lines.contains('[INFO] Wrote ' + out.path + '/metrics.json and ' + out.path + '/summary.md')
assert lines.contains('[INFO] total 6, valid 5, correct 3, accuracy_valid 0.6000, balanced_accuracy 0.5833, mcc 0.1667')
assert runDir.list().sort() == ['predictions.jsonl', 'run_manifest.json']
true
