## Vision and mission

### Vision

${prose(vision.statement)}

### Mission

${prose(vision.mission)}
<#list vision.values>

### Values

<#items as value>
- ${prose(value)}
</#items>
</#list>

### Outcomes

<#list vision.outcomes>
| Area | Outcome | Baseline | Target |
| --- | --- | --- | --- |
<#items as outcome>
| ${outcome.area} | ${prose(outcome.description)} | ${outcome.baseline} | ${outcome.target} |
</#items>
<#else>
The vision names no outcomes yet.
</#list>
