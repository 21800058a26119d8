// Each failOn level, for check and for generate. The log holds one section per invocation, in order.
// One section per invocation; Maven 3.8 starts some lines with colour codes, which are dropped first.
def text = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def sections = text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert sections.size() == 7 : "expected 7 invocations, found ${sections.size()}"

def passed = { int i -> sections[i - 1].contains('BUILD SUCCESS') }
def failedOnFindings = { int i, String level ->
    sections[i - 1].contains('BUILD FAILURE') &&
            sections[i - 1].contains("The trust's strategy has findings at or above ${level}: 0 errors, 1 warning, 2 infos")
}
assert passed(1) : 'error (the default) passes with no errors'
assert failedOnFindings(2, 'warning')
assert failedOnFindings(3, 'info')
assert passed(4) : 'none never fails'
assert passed(5) : "check's matreport.failOn does not stop generate"
assert sections[4].contains('Findings: 0 errors, 1 warning, 2 infos') : 'generate logs the counts'
assert failedOnFindings(6, 'warning') : "generate fails at its own level, matreport.generate.failOn"
assert sections[5].contains('The pack was not written.')
assert sections[5] =~ /\[WARNING\] schools\.yaml:\d+:\d+: warning BRK-521 / : 'generate logs the findings it failed on'
assert sections[6].contains("matreport: failOn: unknown level 'loud'; use error, warning, info or none") :
        'a wrong level is named with the allowed ones'
return true
