// The Doxia page sits among the project reports with the verdict counts and links to the full
// leaderboard, which the same code as chaosbench:site wrote under target/site/leaderboard/.
def site = new File(basedir, 'target/site')
def page = new File(site, 'chaosbench-leaderboard.html')
assert page.isFile()
def html = page.getText('UTF-8')
assert html.contains('ChaosBench leaderboard')
assert html.contains('3 run(s) on 2 board(s): 0 official, 3 exploratory.')
assert html.contains('href="leaderboard/index.html"')
assert html.contains('href="leaderboard/boards/cfcfcc739988-n1000.html"')

assert new File(site, 'leaderboard/index.html').isFile()
assert new File(site, 'leaderboard/runs/20260302T100000Z_mock.html').getText('UTF-8').contains('&lt;img src=x onerror=alert(1)&gt;')
assert new File(site, 'project-reports.html').getText('UTF-8').contains('chaosbench-leaderboard.html')
true
