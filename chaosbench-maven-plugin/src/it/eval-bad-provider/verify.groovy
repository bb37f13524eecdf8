// A configuration error, not a result: a plugin execution error naming the evaluation, the bad
// id and every valid one; the valid first evaluation did not run either.
def lines = new File(basedir, 'build.log').readLines('UTF-8')

assert lines.any { it.contains("Cannot run evaluation 2 of 2 (provider always-maybe): unknown provider 'always-maybe';"
        + ' valid providers: mock, ollama, openai, anthropic, gemini, deepseek, openrouter, groq, openai-compatible,'
        + ' always-true, always-false, random') }
assert lines.any { it.contains('MojoExecutionException') }
assert !lines.any { it.contains('MojoFailureException') }
assert !lines.any { it.contains('Evaluating') || it.contains('Evaluation complete.') }
assert !new File(basedir, 'runs').exists()
assert lines.contains('[INFO] BUILD FAILURE')
true
