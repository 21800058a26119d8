// matreport init writes a trust's repository into trust/, run from the command-line jar as a trust officer would.
def jar = new File(basedir, '../../../../cli/target/matreport.jar').canonicalFile
assert jar.isFile() : "the command-line jar was not built: ${jar}"
def java = new File(System.getProperty('java.home'), 'bin/java').path
def init = [java, '-jar', jar.path, 'init', new File(basedir, 'trust').path].execute()
def said = new StringBuilder()
init.consumeProcessOutput(said, said)
init.waitForOrKill(120_000)
assert init.exitValue() == 0 : "init failed: ${said}"

// The Maven installed on the machine (Debian's 3.8.7 on the build machines), whichever Maven runs this build.
def machineMaven = new File(basedir, 'machine-maven')
machineMaven.text = '#!/bin/sh\nexec mvn "$@"\n'
machineMaven.setExecutable(true)
return true
