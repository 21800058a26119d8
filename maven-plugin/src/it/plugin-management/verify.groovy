// The plugin resolves by prefix from pluginManagement, takes its configuration from there, and help lists the goals.
def out = new File(basedir, 'target/matreport')
assert new File(out, 'ash-grove-learning-trust.md').isFile() : 'no pack'
assert !new File(out, 'ash-grove-learning-trust.pdf').exists() : 'the formats configured in pluginManagement were ignored'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
['matreport:check', 'matreport:generate', 'matreport:help', 'matreport:report'].each { goal ->
    assert log.contains(goal) : "help does not list ${goal}"
}
// Help speaks to the trust's staff: no notes on how the plugin is built.
['base class', 'Javadoc', 'reporting contract'].each { word ->
    assert !log.contains(word) : "help says '${word}', which is meant for matreport's developers"
}
return true
