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
<#if growth.policy?has_content>

${growth.policySummary}<#if drawn("timeline")> Each stands on the timeline below; the<#else> The</#if> register at the back says who assesses each and when.
</#if>

### Break points reached

<#if breakPoints?has_content>
Each break point the trust reaches, once; what each means and what to do about it is under Findings.
<#else>
The trust reaches no break point, now or on its growth plan as it stands.
</#if>
<#if drawn("timeline")>

[//]: # "chart:timeline"
</#if>
<#list breakPoints>

| Break point | When | Joining schools | Severity |
| --- | --- | --- | --- |
<#items as point>
| ${point.name} | ${point.stateText} | ${point.joining} | ${point.severity} |
</#items>
</#list>
