// Every skip flag stops its goals, and each skipped goal says so in exactly one line.
def log = new File(basedir, 'build.log').getText('UTF-8')
def count = { String line -> log.readLines().count { it == "[INFO] ${line}" } }
assert count('matreport: generate skipped (matreport.skip=true)') == 1
assert count('matreport: check skipped (matreport.skip=true)') == 1
assert count('matreport: generate skipped (matreport.generate.skip=true)') == 1
assert count('matreport: check skipped (matreport.check.skip=true)') == 1
assert !log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/matreport').exists() : 'a skipped goal wrote something'
return true
