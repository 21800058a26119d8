## Alignment

### Approach per area

How the trust brings its schools towards the target in each area, and which schools keep their own approach there.

| Area | Target | Approach | Schools keeping their own approach |
| --- | --- | --- | --- |
<#list alignment.areas as area>
| ${area.area} | ${area.target} | ${area.approach} | ${area.keepOwn} |
</#list>

### New schools

${alignment.newSchools}

${prose(alignment.newSchoolNotes)}

### Earned autonomy

${alignment.earnedAutonomy}<#list alignment.autonomyCriteria as criteria> The criteria: ${prose(criteria)}</#list>

### Schools with their own approach

<#list alignment.ownApproach>
| School | Areas |
| --- | --- |
<#items as school>
| ${school.label} | ${school.value} |
</#items>
<#else>
Every school follows the trust's approach in every area.
</#list>
