// Two run folders give two rows by the original's rules (FORMATS 7): N with commas, rates with
// four decimals when they are JSON floats, rounding the exact binary value (0.61125 gives 0.6112),
// the integer 1 as 1, the date part of created_utc, metrics.json when the manifest has no
// metrics_summary. The old README's row without a folder is dropped and named in a warning.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def dir = new File(basedir, 'published_results/runs')
def readme = new File(dir, 'README.md').getText('UTF-8')

def expected = '''# Published Runs \u2014 ChaosBench-Logic v2

Auto-generated index. Edit via `chaosbench publish-run`.

| Run ID | Provider | N | Acc_valid | Bal_acc | MCC | Date |
|--------|----------|---|-----------|---------|-----|------|
| `20260301T120000Z_ollama_qwen2.5:14b` | ollama/qwen2.5:14b | 40,886 | 0.6112 | 0.7107 | 0.4258 | 2026-03-02 |
| `20260302T090000Z_mock` | mock | 100 | 1 | 0.5000 | 0.0000 | 2026-03-02 |

## Artifact Contents

Each run directory contains:
- `run_manifest.json` \u2014 run metadata, dataset SHA256, config
- `metrics.json` \u2014 aggregate metrics (coverage, accuracy, MCC, per-family)
- `summary.md` \u2014 markdown summary table
- `publish_receipt.json` \u2014 publish provenance
- `predictions_subset.jsonl.gz` \u2014 compressed predictions (subset runs only)

See `docs/RUNS_POLICY.md` for the full policy.
'''
assert readme == expected

def readmePath = new File(dir, 'README.md').path
assert lines.contains('[WARNING] ' + readmePath + ' listed 1 run(s) that have no folder under ' + dir.path
        + '; dropped from the index: 20260221T113429Z_openai_gpt-4o-mini')
assert lines.contains('[INFO] Wrote ' + readmePath + ' (original format, 2 run(s))')
assert lines.contains('[INFO] BUILD SUCCESS')
true
