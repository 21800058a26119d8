// A release runs from a clone of the repository with the command-line jar built: this folder becomes such a clone.
// The project's own version: the first <version> of this pom.
def version = (new File(basedir, 'pom.xml').getText('UTF-8') =~ /<version>([^<]+)<\/version>/)[0][1]
def cli = new File(basedir, '../../../../cli/target/matreport.jar').canonicalFile
assert cli.isFile() : "the command-line jar was not built: ${cli}"
def staged = new File(basedir, "cli/target/matreport-cli-${version}-cli.jar")
staged.parentFile.mkdirs()
staged.bytes = cli.bytes

def git = { String... args ->
    def process = (['git', '-C', basedir.path, '-c', 'user.name=Release', '-c', 'user.email=release@localhost',
                    '-c', 'commit.gpgsign=false'] + args.toList()).execute()
    process.waitForOrKill(60_000)
    assert process.exitValue() == 0 : "git ${args.join(' ')}: ${process.err.text}"
}
git 'init', '-q'
git 'remote', 'add', 'origin', 'https://github.com/matreport/matreport.git'
git 'add', 'pom.xml'
git 'commit', '-q', '-m', 'Release'
return true
