// Once the placeholders are replaced, mvn verify writes the pack and the check passes, on both Mavens.
def text = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
def sections = text.split(/(?m)^(?=Apache Maven \d)/).findAll { it.startsWith('Apache Maven') }
assert sections.size() == 2 : "expected 2 invocations, found ${sections.size()}"
sections.each { section ->
    assert section.contains('BUILD SUCCESS')
    assert section =~ /Wrote .*meadow-learning-trust\.pdf/ : 'the pack was not written'
    assert section =~ /\[INFO\] matreport: 0 errors, \d+ warnings?, \d+ infos?; 0 acknowledged/ : 'check did not run'
    assert !section.contains('TXT-901')
}
assert new File(basedir, 'trust/target/matreport/findings.summary.md').getText('UTF-8').startsWith('### matreport: Meadow Learning Trust')
return true
