## Summary for trustees

### The coherence chain

A link is red when an error holds now, amber when a warning holds now or a break point lies ahead, green
otherwise. ${summary.counts}

[//]: # "chart:chain"

<#list summary.noted>
| Link | Status | Findings |
| --- | --- | --- |
<#items as link>
| ${link.name} | ${link.statusText} | ${link.findings} |
</#items>

</#list>
${summary.quiet}

### What matters most

<#list summary.topThree>
<#items as finding>
${finding?counter}. **${finding.name}** (${finding.severity}, ${finding.when}): ${finding.brief}
   **What to do:** ${finding.action}
</#items>
<#else>
Nothing needs the board's action: no finding counts against the strategy.
</#list>

### Break points ahead

<#list summary.ahead>
| Date | Break point | Joining schools |
| --- | --- | --- |
<#items as point>
| ${point.date} | ${point.name} | ${point.joining} |
</#items>
<#else>
No break point lies ahead on the growth plan.
</#list>
