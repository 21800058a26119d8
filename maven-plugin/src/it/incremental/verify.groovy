// The first run renders; the second, with nothing changed, renders nothing and says so in one line; force renders,
// and so does a changed parameter. The unchanged run never loads the PDF stack.
// One section per invocation; Maven 3.8 starts some lines with colour codes, which are dropped first.
def text = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
// What comes before the first section is Maven starting up.
def sections = text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).toList().tail()
assert sections.size() == 4 : "expected 4 invocations, found ${sections.size()}"
def wrote = sections.collect { s -> s.readLines().count { it =~ /\[INFO\] Wrote .*ash-grove-learning-trust\./ } }
def unchanged = sections.collect { s -> s.readLines().count { it.startsWith('[INFO] Nothing changed since the last run') } }
// Each render writes the asked formats plus the findings as JSON and SARIF beside them.
assert wrote == [5, 0, 5, 3] : "files written per run: ${wrote}"
assert unchanged == [0, 1, 0, 0] : "up-to-date lines per run: ${unchanged}"
assert sections.every { it.contains('BUILD SUCCESS') }
// The fingerprint is judged before the PDF stack loads: the unchanged run loads none of its classes, the others do.
def pdfClasses = sections.collect { s -> s.readLines().count { it =~ /\[class,load\] (com\.openhtmltopdf|org\.apache\.pdfbox)\./ } }
assert pdfClasses[1] == 0 : "the unchanged run loaded ${pdfClasses[1]} classes of the PDF stack"
assert pdfClasses[0] > 0 && pdfClasses[2] > 0 : "PDF classes loaded per run: ${pdfClasses}"
return true
