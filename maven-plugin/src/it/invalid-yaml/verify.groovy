// The build failed naming the file, line and column of the mistake and what is wrong, and wrote nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD FAILURE')
assert log.contains('[ERROR] trust.yaml:8:14: YAML syntax error: a quoted value starts here but its closing quote is missing') :
        'the problem is not logged with its file and line'
assert log.contains('are invalid: 1 problem in the trust files. Fix the lines above; nothing was written.')
assert !log.contains('at org.matreport') : 'a stack trace reached the log'
assert !new File(basedir, 'target/matreport').exists() : 'something was written for an invalid trust'
return true
