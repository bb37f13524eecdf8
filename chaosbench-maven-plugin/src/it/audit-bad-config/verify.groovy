// Broken configuration is a MojoExecutionException, not a policy failure, and nothing is written.
def lines = new File(basedir, 'build.log').readLines('UTF-8')
assert lines.any { it.startsWith('[ERROR] Failed to execute goal') && it.endsWith(
        'failOn must be one of none, error, exploratory-published, not "sometimes" -> [Help 1]') }
assert lines.any { it.contains('MojoExecutionException') }
assert !new File(basedir, 'artifacts/runs_audit').exists()
true
