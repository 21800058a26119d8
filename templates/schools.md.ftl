## Schools

<#list schools.groups as group>
### ${group.name}

${group.summary}

<#list group.schools>
| Region | Phase | School | URN | Local authority | Pupils | Performance | Joined |
| --- | --- | --- | --- | --- | --- | --- | --- |
<#items as school>
| ${school.region} | ${school.phase} | ${school.name} | ${school.urn} | ${school.localAuthority} | ${school.pupils} | ${school.performance} | ${school.joined} |
</#items>
</#list>

</#list>
### By group and region

[//]: # "chart:schools"

| Group | Region | Schools | Pupils |
| --- | --- | --- | --- |
<#list schools.byRegion as tally>
| ${tally.group} | ${tally.region} | ${tally.schools} | ${tally.pupils} |
</#list>

### Totals

| Group | Schools | Pupils |
| --- | --- | --- |
<#list schools.totals as total>
| ${total.name} | ${total.schools} | ${total.pupils} |
</#list>
