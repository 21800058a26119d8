// An unedited starter: mvn verify writes the pack and then fails the check on each placeholder left, on the
// machine's Maven and on the wrapper's; mvn site gives the pack its page. One log section per invocation.
def text = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def sections = text.split(/(?m)^(?=Apache Maven \d)/).findAll { it.startsWith('Apache Maven') }
assert sections.size() == 3 : "expected 3 invocations, found ${sections.size()}"

def machine = (sections[0] =~ /^Apache Maven (\S+)/)[0][1]
def wrapped = (sections[2] =~ /^Apache Maven (\S+)/)[0][1]
def wrapperProperties = new File(basedir, 'trust/.mvn/wrapper/maven-wrapper.properties').getText('UTF-8')
assert wrapperProperties.contains("apache-maven-${wrapped}-bin.zip") : "the wrapper ran Maven ${wrapped}"
println "init-starter: the machine's Maven is ${machine}, the wrapper's ${wrapped}"

[0, 2].each { i ->
    def section = sections[i]
    assert section.contains(':generate (default)') && section.contains(':check (default)') : 'the goals are not bound'
    assert section =~ /trust\.yaml:\d+:\d+: error TXT-901 starter-text: still the starter's text: write the trust's own vision/
    assert section.contains('BUILD FAILURE')
}
def pack = new File(basedir, 'trust/target/matreport')
['md', 'html', 'pdf'].each { assert new File(pack, "example-academy-trust.${it}").isFile() : "no .${it} pack" }
assert new File(pack, 'findings.github.txt').getText('UTF-8').contains('::error file=')

assert sections[1].contains('BUILD SUCCESS') : 'mvn site failed'
def page = new File(basedir, 'trust/target/site/matreport.html')
assert page.isFile() : 'mvn site has no pack page'
assert page.getText('UTF-8').contains('Example Academy Trust')
return true
