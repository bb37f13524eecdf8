// Two OFFICIAL baseline runs on one board: every table, the figures as SVG and PNG, and the
// overridden Markdown leaderboard.
import javax.imageio.ImageIO

def lines = new File(basedir, 'build.log').readLines('UTF-8')
def out = new File(basedir, 'target/paper_assets')
def names = ['leaderboard.tex', 'leaderboard.md', 'leaderboard.csv', 'by_family.tex', 'by_family.md',
        'by_family.csv', 'figures.tex', 'README.md', 'baselines_table.csv', 'baselines_table.md',
        'baselines_by_family.csv']
names.each { assert new File(out, it).isFile(): it }

def csv = new File(out, 'leaderboard.csv').readLines('UTF-8')
assert csv.size() == 3
assert csv[0].startsWith('board,items,dataset_sha256,rank,model,provider,run_id,')
assert csv.findAll { it.contains(',always-true,baseline,') }.size() == 1
assert csv.findAll { it.contains(',always-false,baseline,') }.size() == 1

def tex = new File(out, 'leaderboard.tex').getText('UTF-8')
assert tex.contains('\\toprule') && tex.contains('\\bottomrule') && tex.contains('always-true')

// The override replaced the Markdown leaderboard only.
def md = new File(out, 'leaderboard.md').readLines('UTF-8')
assert md[0] == 'OVERRIDDEN'
assert md.size() == 3
assert new File(out, 'by_family.md').readLines('UTF-8')[0] == '# Accuracy by task family (official runs)'

def figures = new File(out, 'figures').list().sort()
assert figures.count { it.startsWith('accuracy_full-') } == 2
assert figures.count { it.startsWith('family_heatmap_full-') } == 2
assert figures.count { it.startsWith('confusion_') } == 4
figures.findAll { it.endsWith('.png') }.each {
    def image = ImageIO.read(new File(out, 'figures/' + it))
    assert image != null && image.width > 0: it
}
figures.findAll { it.endsWith('.svg') }.each {
    assert new File(out, 'figures/' + it).getText('UTF-8').startsWith('<?xml'): it
}

assert lines.any { it ==~ /\[INFO\] Wrote paper assets to .*target\/paper_assets: 11 tables, 4 figures \(SVG and PNG\) from 2 official run\(s\) on 1 board\(s\)/ }
assert lines.contains('[INFO] BUILD SUCCESS')
true
