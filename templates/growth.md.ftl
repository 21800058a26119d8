## Growth and break points

${growth.summary}
<#list growth.pipeline>

### Pipeline

| Expected | School | Phase | Region | Pupils | Performance | Group |
| --- | --- | --- | --- | ---: | --- | --- |
<#items as school>
| ${school.expected} | ${school.name} | ${school.phase} | ${school.region} | ${school.pupils} | ${school.performance} | ${school.group} |
</#items>
</#list>

### Break points reached

<#list breakPoints>
The break points the trust reaches now or on its growth plan, each once, with the joining schools that bring it; the
others in the catalogue are not reached.

<#if drawn("timeline")>
[//]: # "chart:timeline"
</#if>

| Break point | When | Joining schools | What happens |
| --- | --- | --- | --- |
<#items as point>
| ${point.name} | ${point.stateText} | ${point.joining} | ${point.detail} |
</#items>
<#else>
The trust reaches no break point, now or on its growth plan as it stands.
</#list>
