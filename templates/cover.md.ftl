# ${cover.trustName}

${cover.subtitle}

| Item | Detail |
| --- | --- |
<#list cover.facts as fact>
| ${fact.label} | ${fact.value} |
</#list>
