// The pack exists in every format, under the name derived from the trust's name, and the log says so.
def out = new File(basedir, 'target/matreport')
['md', 'html', 'pdf'].each { ext ->
    def file = new File(out, "ash-grove-learning-trust.${ext}")
    assert file.isFile() && file.length() > 0 : "no ${file}"
}
// The findings are written beside the pack, as data for other tools and as SARIF for code hosts.
['findings.json', 'sarif'].each { ext ->
    def file = new File(out, "ash-grove-learning-trust.${ext}")
    assert file.isFile() && file.length() > 0 : "no ${file}"
}
def pdf = new File(out, 'ash-grove-learning-trust.pdf').bytes
assert new String(pdf, 0, 5, 'US-ASCII') == '%PDF-' : 'the PDF does not start with a PDF header'
def md = new File(out, 'ash-grove-learning-trust.md').getText('UTF-8')
['Ash Grove Primary School', 'Brontë Road Primary School', 'Tŷ Coch Infant School'].each { name ->
    assert md.contains(name) : "the Markdown pack lacks ${name}"
}
// The appendix parameter reaches every format: the Markdown carries the short appendix, without the catalogue.
assert md.contains('## Appendix: for the strategy team') : 'the Markdown pack lacks its appendix'
assert md.contains('### Thresholds the trust changed') : 'the Markdown pack lacks the short appendix'
assert !md.contains('### Rule catalogue') : 'the Markdown pack carries the full appendix although short was asked'
def html = new File(out, 'ash-grove-learning-trust.html').getText('UTF-8')
assert html.contains('Tŷ Coch Infant School') : 'the HTML pack lacks a school'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log.contains('Findings: 0 errors, 1 warning, 2 infos') : 'generate does not log the findings it counted'
['md', 'html', 'pdf'].each { ext ->
    assert log.contains("Wrote ${out.canonicalPath}${File.separator}ash-grove-learning-trust.${ext}") ||
            log =~ /Wrote .*ash-grove-learning-trust\.${ext}/ : "the log does not name the .${ext} it wrote"
}
assert new File(out, '.matreport-fingerprint').isFile() : 'no fingerprint for the next run'
assert !out.listFiles().any { it.name.endsWith('.part') } : 'a temporary file was left behind'
return true
