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

### Break points on the timeline

Each break point in the catalogue: reached now, ahead on a growth date with the schools whose joining brings it, or
not reached on the plan as it stands.

[//]: # "chart:timeline"

| Break point | State | Joining schools | Finding |
| --- | --- | --- | --- |
<#list breakPoints as point>
| ${point.rule} ${point.name} | ${point.stateText} | ${point.joining} | ${point.detail} |
</#list>
