## Growth

${growth.summary}
<#list growth.pipeline>

| Expected | School | URN | Phase | Region | Pupils | Performance | Group |
| --- | --- | --- | --- | --- | --- | --- | --- |
<#items as school>
| ${school.expected} | ${school.name} | ${school.urn} | ${school.phase} | ${school.region} | ${school.pupils} | ${school.performance} | ${school.group} |
</#items>
</#list>
