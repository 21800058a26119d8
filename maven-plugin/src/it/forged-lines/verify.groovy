// A name with a line break, a CI workflow command and a carriage return is logged escaped, inside its finding's line.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('[WARNING] trust.yaml:9:3: warning VIS-101 outcomes-not-cited: Riverside\\n::error file=trust.yaml,line=1::0 errors - strategy approved\\r\\u001b[2K') :
        'the finding is not logged on one line with the name escaped'
log.split('\n').each { line ->
    assert !line.startsWith('::') : "a forged line in the build log: ${line}"
}
assert !log.contains('\r') : 'a carriage return reached the build log'
return true
