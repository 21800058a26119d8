## Schools

${schools.ratings}

### By group and region

<#if drawn("schools")>
[//]: # "chart:schools"
<#else>
${schools.sizes}
</#if>

<#if operatingModel.groups?has_content>
| Group | Region | Schools | Pupils | Lead school |
| --- | --- | ---: | ---: | --- |
<#list schools.byRegion as tally>
| ${tally.group} | ${tally.region} | ${tally.schools} | ${tally.pupils} | ${tally.lead} |
</#list>
| Whole trust | | ${schools.totalSchools} | ${schools.totalPupils} | |
<#else>
| Group | Region | Schools | Pupils |
| --- | --- | ---: | ---: |
<#list schools.byRegion as tally>
| ${tally.group} | ${tally.region} | ${tally.schools} | ${tally.pupils} |
</#list>
| Whole trust | | ${schools.totalSchools} | ${schools.totalPupils} |
</#if>

### Every school

Each school once, group by group, in order of name.

| School | Group | Phase | Pupils | Performance |
| --- | --- | --- | ---: | --- |
<#list schools.all() as school>
| ${school.name} | ${school.group} | ${school.phase} | ${school.pupils} | ${school.performance} |
</#list>
