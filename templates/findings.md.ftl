## Findings

${findings.summary}
<#list findings.groups as group>

### ${group.title}
<#list group.findings as finding>

**${finding.rule} ${finding.name}** (${finding.severity}, ${finding.when})

- **Found:** ${finding.message}
- **Where:** <#list finding.locations as location>${location}<#sep>; </#list>
- **Why it matters:** ${finding.rationale}
- **What to do:** ${finding.action}
- **Source:** ${finding.source}
- **Board:** ${finding.mark}
</#list>
<#list group.more as more>

${more}
</#list>
</#list>
