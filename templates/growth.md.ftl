## Growth and break points

${growth.summary}
<#list growth.pipeline>

### Pipeline

| Expected | School | URN | Phase | Region | Pupils | Performance | Group |
| --- | --- | --- | --- | --- | --- | --- | --- |
<#items as school>
| ${school.expected} | ${school.name} | ${school.urn} | ${school.phase} | ${school.region} | ${school.pupils} | ${school.performance} | ${school.group} |
</#items>
</#list>

### Policy changes expected

Changes in national policy the board expects, with who answers for assessing each and when it was assessed. They
appear on the timeline below; one that takes effect soon with no owner or no assessment is a break point (BRK-531).

<#list growth.policy>
| Takes effect | Change | Areas | Owner | Assessed | Note |
| --- | --- | --- | --- | --- | --- |
<#items as change>
| ${change.effective} | ${change.title} | ${change.areas} | ${change.owner} | ${change.assessed} | ${prose(change.note)} |
</#items>
<#else>
The trust has recorded no expected changes in national policy.
</#list>

### Break points on the timeline

Each break point in the catalogue: reached now, ahead on a growth date with the schools whose joining brings it (or
on the date a policy change takes effect), or not reached on the plan as it stands.

[//]: # "chart:timeline"

| Break point | State | Joining schools | Finding |
| --- | --- | --- | --- |
<#list breakPoints as point>
| ${point.rule} ${point.name} | ${point.stateText} | ${point.joining} | ${point.detail} |
</#list>
