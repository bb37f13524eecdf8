// Three published runs: two on the 1,000-item board, one on the 100-item board; every page
// exists, links are relative, and the run whose model is markup shows it as text.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
def pages = new File(basedir, 'target/pages')
def sha = 'cfcfcc739988'

assert new File(pages, 'index.html').isFile()
assert new File(pages, 'changelog.html').isFile()
assert new File(pages, "boards/${sha}-n1000.html").isFile()
assert new File(pages, "boards/${sha}-n100.html").isFile()
assert new File(pages, 'runs/20260301T100000Z_ollama_qwen2.5-7b.html').isFile()
assert new File(pages, 'runs/20260302T100000Z_mock.html').isFile()
assert new File(pages, "downloads/${sha}-n1000.csv").readLines('UTF-8').size() == 3
assert new File(pages, 'assets/site.js').isFile() && new File(pages, 'assets/site.css').isFile()

def board = new File(pages, "boards/${sha}-n1000.html").getText('UTF-8')
assert board.contains('&lt;img src=x onerror=alert(1)&gt;')
assert !board.contains('<img src=x')
assert board.contains('http-equiv="Content-Security-Policy"')
assert !(board =~ /(?i)\s(href|src)="(https?:)?\/\//)

assert lines.contains('[INFO] Wrote the site to ' + pages.path + '/index.html: 3 run(s) on 2 board(s), 0 official, 3 exploratory')
true
