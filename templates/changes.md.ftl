<#-- What changed since the last pack; the pack includes it only when asked for (generate --since). -->
## Changes since the last pack

${changes.summary}
<#list changes.notes>

<#items as note>
- ${note}
</#items>
</#list>

### Findings

${changes.findingsSummary}
<#list changes.findingGroups as group>

#### ${group.heading}

| Finding | Before | After |
| --- | --- | --- |
<#list group.rows as row>
| ${row.finding} | ${row.before} | ${row.after} |
</#list>
</#list>

### Data

${changes.dataSummary}
<#list changes.data>

| Change | Subject | Before | After |
| --- | --- | --- | --- |
<#items as row>
| ${row.topic} | ${row.subject} | ${row.before} | ${row.after} |
</#items>
</#list>
