## Appendix

### Acknowledged findings

Findings the board has accepted, lapsed acknowledgements first: a lapsed one counts again until the board decides.

<#list appendix.acknowledged>
| State | Rule | Finding | Owner | Reason | Until |
| --- | --- | --- | --- | --- | --- |
<#items as row>
| ${row.state} | ${row.rule} | ${row.finding} | ${row.owner} | ${prose(row.reason)} | ${row.until} |
</#items>
<#else>
The board has acknowledged no findings.
</#list>

### Rule catalogue

Every rule, with the severity and thresholds in force for this trust, and the source it rests on.

| Rule | Name | Link | Severity | Thresholds | Checked | Source |
| --- | --- | --- | --- | --- | --- | --- |
<#list appendix.rules as rule>
| ${rule.id} | ${rule.name} | ${rule.link} | ${rule.severity} | ${rule.thresholds} | ${rule.checked} | ${rule.source} |
</#list>

### Thresholds in force

Each default's basis says whether it comes from the research (seed), from a named source outside it (sector
source), or is this project's own starting point for the trust to adjust (project default).

| Threshold | In force | Default | Meaning | Basis |
| --- | --- | --- | --- | --- |
<#list appendix.thresholds as threshold>
| ${threshold.name} | ${threshold.value} | ${threshold.byDefault} | ${threshold.meaning} | ${threshold.basis} |
</#list>

### How this pack was made

| Item | Detail |
| --- | --- |
<#list appendix.madeWith as row>
| ${row.label} | ${row.value} |
</#list>
