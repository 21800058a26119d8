// Each section in its own file: all of them reach the pack, and each finding cites the file it came from.
def md = new File(basedir, 'target/matreport/birch-vale-learning-trust.md').getText('UTF-8')
assert md.contains('Birch Vale Learning Trust') : 'trust.yaml is missing from the pack'
assert md.contains('Every child in our valley leaves school able to choose their future.') : 'vision.yaml is missing'
assert md.contains('Dôl Werdd Infant School') : 'schools.yaml is missing'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('BUILD SUCCESS')
assert log =~ /\[WARNING\] schools\.yaml:\d+:\d+: warning BRK-521 glass-ceiling: Dôl Werdd Infant School/ :
        'a finding about a school does not cite schools.yaml'
assert log =~ /\[INFO\] operating-model\.yaml:\d+:\d+: info INT-606 / : 'a finding does not cite operating-model.yaml'
return true
