## Strategy and alignment

The trust's school-improvement strategy is **${strategy.cluster}**.

[//]: # "chart:spectrum"

${strategy.position}

Source of the spectrum: ${strategy.source}.

### Rationale

${prose(strategy.rationale)}

### Area by area

How alike the trust's schools are in each area today, and how alike the trust wants them to be.

<#if drawn("consistency")>
[//]: # "chart:consistency"
<#else>
Every area the trust has decided already stands at its target.
</#if>

| Area | Today | Target | Approach |
| --- | --- | --- | --- |
<#list strategy.areas as area>
| ${area.area} | ${area.current} | ${area.target} | ${area.approach} |
</#list>

${alignment.ownApproachText}
