// The parent and the module without trust files skip each goal in one line; the trust's module writes its pack.
def log = new File(basedir, 'build.log').getText('UTF-8').replaceAll(/\u001B\[[;\d]*m/, '')
assert log.contains('BUILD SUCCESS')
['generate', 'check'].each { goal ->
    assert log =~ /\[INFO\] matreport: ${goal} skipped: no trust\.yaml in .*parent-pom, and the plugin comes from this parent of modules/
    assert log =~ /\[INFO\] matreport: ${goal} skipped: no trust\.yaml in .*docs, and the plugin comes from a parent pom/
}
assert log.count('skipped: no trust.yaml') == 4 : 'each goal of each module without trust files says so once'
assert new File(basedir, 'strategy/target/matreport/ash-grove-learning-trust.pdf').isFile() : 'the strategy module has no pack'
return true
