<#-- The cover sheet: what the board is asked to decide, on page 1. -->
# ${cover.trustName}

${cover.subtitle}

**${cover.purpose}.** ${cover.purposeText}

[//]: # "chart:status"

**Overall status: ${cover.statusText}.** ${cover.verdict}

## Decisions for the board

<#list cover.resolutions>
| No. | The board is asked to | Owner | Decide by |
| ---: | --- | --- | --- |
<#items as resolution>
| ${resolution.number} | ${resolution.text} | ${resolution.owner} | ${resolution.decideBy} |
</#items>
<#else>
None: the board is asked to note the paper.
</#list>

<#list cover.facts as fact>**${fact.label}:** ${fact.value}. </#list>
