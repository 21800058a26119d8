# ${cover.trustName}

${cover.subtitle}

**Overall status: ${cover.statusText}**

| Item | Detail |
| --- | --- |
<#list cover.facts as fact>
| ${fact.label} | ${fact.value} |
</#list>
