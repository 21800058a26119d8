// The trust's templates replace the built-in ones by name; a broken template fails the build naming its file and
// line, and the pack from the run before is left exactly as it was.
// One section per invocation; Maven 3.8 starts some lines with colour codes, which are dropped first.
def text = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def sections = text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).findAll { it.trim() }
assert sections.size() == 2
assert sections[0].contains('BUILD SUCCESS')
assert sections[1].contains('BUILD FAILURE')
assert sections[1] =~ /matreport could not render the pack: vision\.md\.ftl:1:\d+: / : 'the broken template is not named'

def out = new File(basedir, 'target/matreport')
def md = new File(out, 'ash-grove-learning-trust.md').getText('UTF-8')
assert md.contains("Our own words about growth, from the trust's own template.") : 'the override did not replace growth.md.ftl'
assert md.contains('Tŷ Coch Infant School') : 'the other built-in templates still apply'
def html = new File(out, 'ash-grove-learning-trust.html').getText('UTF-8')
assert html.contains('body { color: #123456; }') : 'the overriding stylesheet did not reach the HTML'
assert !out.listFiles().any { it.name.endsWith('.part') } : 'the failed run left a temporary file'
return true
