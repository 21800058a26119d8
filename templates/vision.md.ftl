## Vision and mission

**Vision.** ${prose(vision.statement)}

**Mission.** ${prose(vision.mission)}
<#if vision.values?has_content>

### Values

<#if vision.valuesInline>
<#list vision.values as value>${prose(value)}<#sep><#if value?index == vision.values?size - 2> and <#else>, </#if></#list>.
<#else>
<#list vision.values as value>
- ${prose(value)}
</#list>
</#if>
</#if>

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
