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
### Break points reached

<#list breakPoints>
The break points the trust reaches now, on its growth plan or when a policy change takes effect, each once, with the
joining schools that bring it; the others in the catalogue are not reached.

<#if drawn("timeline")>
[//]: # "chart:timeline"
</#if>

| Break point | When | Joining schools | Severity |
| --- | --- | --- | --- |
<#items as point>
| ${point.name} | ${point.stateText} | ${point.joining} | ${point.severity} |
</#items>

What each break point means and what to do about it is under Findings.
<#else>
The trust reaches no break point, now or on its growth plan as it stands.
</#list>
