## Strategy

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

How consistent the trust wants its schools to be in each area, where they stand today, and how it means to get there.

[//]: # "chart:consistency"

| Area | Current | Target | To go | Approach | Evidence |
| --- | --- | --- | --- | --- | --- |
<#list strategy.areas as area>
| ${area.area} | ${area.current} | ${area.target} | ${area.gap} | ${area.approach} | ${area.evidence} |
</#list>
