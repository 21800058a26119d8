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

Every rule, with the severity and thresholds in force for this trust.

| Rule | Name | Link | Severity | Thresholds | Checked |
| --- | --- | --- | --- | --- | --- |
<#list appendix.rules as rule>
| ${rule.id} | ${rule.name} | ${rule.link} | ${rule.severity} | ${rule.thresholds} | ${rule.checked} |
</#list>

### Thresholds in force

| Threshold | In force | Default | Meaning |
| --- | --- | --- | --- |
<#list appendix.thresholds as threshold>
| ${threshold.name} | ${threshold.value} | ${threshold.byDefault} | ${threshold.meaning} |
</#list>

### How this pack was made

| Item | Detail |
| --- | --- |
<#list appendix.madeWith as row>
| ${row.label} | ${row.value} |
</#list>
