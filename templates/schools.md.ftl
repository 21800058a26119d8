## Schools

<#list schools.groups as group>
### ${group.name}

${group.summary}

<#list group.schools>
| School | Phase | Region | Pupils | Performance |
| --- | --- | --- | ---: | --- |
<#items as school>
| ${school.name} | ${school.phase} | ${school.region} | ${school.pupils} | ${school.performance} |
</#items>
</#list>

</#list>
### Totals

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
