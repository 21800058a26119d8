// The plugin resolves by prefix from pluginManagement, takes its configuration from there, and help lists the goals.
def out = new File(basedir, 'target/matreport')
assert new File(out, 'ash-grove-learning-trust.md').isFile() : 'no pack'
assert !new File(out, 'ash-grove-learning-trust.pdf').exists() : 'the formats configured in pluginManagement were ignored'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
['matreport:check', 'matreport:generate', 'matreport:help', 'matreport:report'].each { goal ->
    assert log.contains(goal) : "help does not list ${goal}"
}
return true
