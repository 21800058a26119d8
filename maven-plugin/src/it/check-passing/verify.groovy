// verify ran generate (package) and then check (verify), which passed with its findings logged and written as SARIF.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
def generated = log.indexOf(':generate (default)')
def checked = log.indexOf(':check (default)')
assert generated >= 0 && checked > generated : 'generate should run at package, before check at verify'
assert log =~ /\[WARNING\] schools\.yaml:\d+:\d+: warning BRK-521 glass-ceiling: / : 'the warning is not logged'
assert log =~ /\[INFO\] trust\.yaml:\d+:\d+: info INT-606 / : 'the info is not logged'
assert log.contains('[INFO] matreport: 0 errors, 1 warning, 2 infos; 0 acknowledged') : 'no count line'

assert new File(basedir, 'target/matreport/ash-grove-learning-trust.md').isFile() : 'generate did not write the pack'
def sarif = new JsonSlurper().parse(new File(basedir, 'target/matreport/findings.sarif'))
assert sarif.version == '2.1.0'
def results = sarif.runs[0].results
assert results.size() == 3 : "SARIF holds ${results.size()} results"
assert results.any { it.ruleId == 'BRK-521' && it.level == 'warning' }
return true
