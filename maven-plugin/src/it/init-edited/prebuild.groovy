// matreport init writes a trust's repository into trust/, exactly as a trust officer would get it.
import org.matreport.cli.Main

def out = new StringWriter()
def err = new StringWriter()
int code = Main.run(new PrintWriter(out), new PrintWriter(err), 'init', new File(basedir, 'trust').path)
assert code == 0 : "init failed: ${err}"

// The trust's own words in place of the starter's, as staff write them before the first pull request.
def trustFile = new File(basedir, 'trust/trust.yaml')
trustFile.text = trustFile.getText('UTF-8')
        .replace('name: Example Academy Trust', 'name: Meadow Learning Trust')
        .replace('Replace this with', 'In our words:')

// The Maven installed on the machine (Debian's 3.8.7 on the build machines), whichever Maven runs this build.
def machineMaven = new File(basedir, 'machine-maven')
machineMaven.text = '#!/bin/sh\nexec mvn "$@"\n'
machineMaven.setExecutable(true)
return true
