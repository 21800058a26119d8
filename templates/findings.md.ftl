## Findings

${findings.summary}
<#list findings.groups as group>

### ${group.title}
<#list group.findings as finding>

**${finding.name}** (${finding.severity}, ${finding.when})

- **Found:** ${finding.message}
- **Why it matters:** ${finding.rationale}
- **What to do:** ${finding.action}
<#if finding.mark?has_content>
- **Board's position:** ${finding.mark} The reason given: ${prose(finding.reason)}
</#if>
</#list>
</#list>
