<#-- The strategy team's pages. Every mode carries the data to complete and what the body leaves to the back: what
     each finding rests on and the central team role by role. appendix.mode is full, short or
     none (--appendix): short adds each finding's rule and places in the files, the thresholds the trust changed and
     how the pack was made; full adds the acknowledgements, the rule catalogue and every threshold. -->
<#if appendix.shown>
## Appendix: for the strategy team
<#else>
## For the strategy team
</#if>

### Data to complete

<#list appendix.upkeep>
Gaps in the trust's files to fill before the next pack. They are not decisions for the board.

<#items as item>
- ${item.what} ${item.action}<#if appendix.shown> (${item.where})</#if>
</#items>
<#else>
The trust's files hold everything the checks look for.
</#list>
<#if appendix.shown>

### Where each finding comes from

<#list appendix.references>
| Finding | Rule | Severity | Where in the files |
| --- | --- | --- | --- |
<#items as row>
| ${row.finding} | ${row.rule} | ${row.severity} | ${row.where} |
</#items>
<#else>
The check found nothing.
</#list>
</#if>
<#list findings.groups>

### What each finding rests on

<#items as group>
<#list group.findings as finding>
- **${finding.name}:** ${finding.source}
</#list>
</#items>
</#list>

### Governance, intelligence and investment

| Item | Detail |
| --- | --- |
<#list operatingModel.governance as row>
| ${row.label} | ${row.value} |
</#list>
<#list operatingModel.intelligence as row>
| ${row.label} | ${row.value} |
</#list>
<#list operatingModel.communications as row>
| ${row.label} | ${row.value} |
</#list>
<#list operatingModel.investment as row>
| ${row.label} | ${row.value} |
</#list>
<#list growth.policy>

### Policy changes expected

Changes in national policy the board expects, with who answers for assessing each and when it was assessed. One
that takes effect soon with no owner or no assessment is a break point of its own.

| Takes effect | Change | Areas | Owner | Assessed |
| --- | --- | --- | --- | --- |
<#items as change>
| ${change.effective} | ${change.title} | ${change.areas} | ${change.owner} | ${change.assessed} |
</#items>
<#list growth.policy?filter(c -> c.note?has_content)>

Notes on these changes:

<#items as change>
- **${change.title}:** ${prose(change.note)}
</#items>
</#list>
</#list>
<#list operatingModel.centralTeam>

### Central team, role by role

| Role | Focus | FTE |
| --- | --- | ---: |
<#items as role>
| ${role.role} | ${role.focus} | ${role.fte} |
</#items>
| Total | | ${operatingModel.centralTeamFte} |
</#list>
<#if appendix.shown>
<#if appendix.full>

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
<#else>

### Thresholds the trust changed

<#list appendix.changedThresholds>
| Threshold | In force | Default | Meaning |
| --- | --- | --- | --- |
<#items as threshold>
| ${threshold.name} | ${threshold.value} | ${threshold.byDefault} | ${threshold.meaning} |
</#items>
<#else>
The trust uses every threshold at the catalogue's default.
</#list>
</#if>

### How this pack was made

| Item | Detail |
| --- | --- |
<#list appendix.madeWith as row>
| ${row.label} | ${row.value} |
</#list>

## Contents

- [Decisions for the board](#decisions-for-the-board "Decisions for the board")
- [Summary for trustees](#summary-for-trustees "Summary for trustees")
<#if changes??>
- [Changes since the last pack](#changes-since-the-last-pack "Changes since the last pack")
</#if>
- [Vision and mission](#vision-and-mission "Vision and mission")
- [Strategy and alignment](#strategy-and-alignment "Strategy and alignment")
- [Operating model](#operating-model "Operating model")
- [Schools](#schools "Schools")
- [Growth and break points](#growth-and-break-points "Growth and break points")
- [Findings](#findings "Findings")
- [Appendix: for the strategy team](#appendix-for-the-strategy-team "Appendix: for the strategy team")
</#if>
