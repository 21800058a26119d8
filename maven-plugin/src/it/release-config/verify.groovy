// The release publishes to Maven Central from the staged jars and makes a GitHub release with the command-line jar.
// The project's own version: the first <version> of this pom.
def version = (new File(basedir, 'pom.xml').getText('UTF-8') =~ /<version>([^<]+)<\/version>/)[0][1]
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert !log.contains('[ERROR]')
assert log =~ /tagName: v\{\{projectVersion}}/
assert log =~ /owner: matreport/
assert log.contains("transform: matreport-${version}.jar") : 'the command-line jar is not a release asset'
assert new File(basedir, "target/jreleaser/artifacts/matreport-${version}.jar").isFile()
assert !log.contains('is not enabled') : 'a deployer or releaser is switched off'
def central = log.substring(log.indexOf('mavenCentral:'))
['active: RELEASE', 'url: https://central.sonatype.com/api/v1/publisher', 'sourceJar: true', 'javadocJar: true',
 'namespace: org.matreport'].each { assert central.contains(it) : "Maven Central lacks ${it}" }
assert central =~ /stagingRepositories:\s+target\/staging-deploy/
assert log.contains('branch: main')
return true
