## Strategy and alignment

The trust's school-improvement strategy is **${strategy.cluster}**.

[//]: # "chart:spectrum"

<#list strategy.spectrum as point>| ${point.name} </#list>|
<#list strategy.spectrum as point>| --- </#list>|
<#list strategy.spectrum as point>| ${point.mark} </#list>|

${strategy.position}

Source of the spectrum: ${strategy.source}.

### Rationale

${prose(strategy.rationale)}

### Area by area

How consistent the trust wants its schools to be in each area, where they stand today, how it means to get there,
and which schools keep their own approach.

<#if drawn("consistency")>
[//]: # "chart:consistency"
<#else>
Every area the trust has decided already stands at its target.
</#if>

| Area | Today | Target | To go | Approach | Schools keeping their own approach |
| --- | --- | --- | --- | --- | --- |
<#list strategy.areas as area>
| ${area.area} | ${area.current} | ${area.target} | ${area.gap} | ${area.approach} | ${alignment.areas[area?index].keepOwn} |
</#list>
