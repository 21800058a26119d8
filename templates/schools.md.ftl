## Schools

Every school once, group by group, each group's schools in order of name.

| Group | School | Phase | Pupils | Performance |
| --- | --- | --- | ---: | --- |
<#list schools.all() as school>
| ${school.group} | ${school.name} | ${school.phase} | ${school.pupils} | ${school.performance} |
</#list>

### By group and region

<#if drawn("schools")>
[//]: # "chart:schools"
<#else>
${schools.sameSize}
</#if>

| Group | Region | Schools | Pupils |
| --- | --- | ---: | ---: |
<#list schools.byRegion as tally>
| ${tally.group} | ${tally.region} | ${tally.schools} | ${tally.pupils} |
</#list>
| Whole trust | | ${schools.totalSchools} | ${schools.totalPupils} |
