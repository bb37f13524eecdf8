// Without chaosbench.allowExploratory the EXPLORATORY run is refused: the build fails as a
// policy failure (MojoFailureException) with the reasons, and nothing was written.
def lines = new File(basedir, 'build.log').readLines('UTF-8')

assert !new File(basedir, 'published_results').exists()
assert lines.any { it.startsWith('[ERROR]   - dataset_global_sha256 is "unavailable"') }
assert lines.any { it.contains('the audit marks run 20260301T120000Z_mock EXPLORATORY; nothing was written') }
assert lines.any { it.contains('MojoFailureException') }
assert lines.contains('[INFO] BUILD FAILURE')
true
