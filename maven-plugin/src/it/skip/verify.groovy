// Every skip flag stops its goals, and each skipped goal says so in exactly one line.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '') // Maven 3.8's colour codes
def count = { String line -> log.readLines().count { it == "[INFO] ${line}" } }
assert count('matreport: generate skipped (matreport.skip=true)') == 1
assert count('matreport: check skipped (matreport.skip=true)') == 1
assert count('matreport: generate skipped (matreport.generate.skip=true)') == 1
assert count('matreport: check skipped (matreport.check.skip=true)') == 1
assert count('matreport: report skipped (matreport.report.skip=true)') == 1
assert !log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/matreport').exists() : 'a skipped goal wrote something'
return true
