<#-- Part of "Strategy and alignment": what happens when a school joins, and how a school earns autonomy. The areas'
     targets, approaches and the schools keeping their own approach are in the table of strategy.md.ftl. -->
### New schools

${alignment.newSchools}

${prose(alignment.newSchoolNotes)}

### Earned autonomy

${alignment.earnedAutonomy}<#list alignment.autonomyCriteria as criteria> The criteria: ${prose(criteria)}</#list>
