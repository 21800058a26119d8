// The build failed because of the findings, each logged with file, line and column; the SARIF was still written.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('[ERROR] trust.yaml:16:27: error STR-201 alignment-core-undecided: Curriculum is left to schools') :
        'the error finding is not logged with its location'
assert log.contains('[ERROR] trust.yaml:16:5: error STR-201 alignment-core-undecided: Pedagogy is undecided')
assert log =~ /\[WARNING\] trust\.yaml:9:3: warning VIS-101 outcomes-not-cited: / : 'warnings are logged too'
assert log.contains("The trust's strategy has findings at or above error: 2 errors") : 'no failure summary'
assert !log.contains('Exception') || log.contains('MojoFailureException') : 'an unexpected exception reached the log'

def sarif = new JsonSlurper().parse(new File(basedir, 'target/matreport/findings.sarif'))
assert sarif.runs[0].results.count { it.ruleId == 'STR-201' && it.level == 'error' } == 2 :
        'the SARIF is written before the build fails, so CI can annotate the pull request'
def issues = new JsonSlurper().parse(new File(basedir, 'target/matreport/findings.codequality.json'))
assert issues.count { it.check_name == 'STR-201' && it.severity == 'critical' && it.location.path.endsWith('trust.yaml') } == 2 :
        'the Code Quality report for GitLab is written before the build fails'
return true
