// mvn site: the pack's HTML is the content of the report page, and the PDF and Markdown sit beside it, linked.
def site = new File(basedir, 'target/site')
def page = new File(site, 'matreport.html')
assert page.isFile() : 'no report page in the site'
def html = page.getText('UTF-8')
['Ash Grove Primary School', 'Tŷ Coch Infant School'].each { assert html.contains(it) : "the page lacks ${it}" }
['pdf', 'md', 'html'].each { ext ->
    def name = "matreport/ash-grove-learning-trust.${ext}"
    assert html.contains("href=\"${name}\"") : "the page does not link ${name}"
    assert new File(site, name).isFile() : "${name} was not copied into the site"
}
assert new String(new File(site, 'matreport/ash-grove-learning-trust.pdf').bytes, 0, 5, 'US-ASCII') == '%PDF-'
assert !new File(site, 'matreport/.matreport-fingerprint').exists() : 'the fingerprint is not published'
assert new File(basedir, 'build.log').getText('UTF-8').contains('BUILD SUCCESS')
return true
