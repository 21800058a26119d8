## Operating model

### Models of improvement

<#list operatingModel.models as model>
- **${model.label}**: ${model.value}.
</#list>

Central services are ${operatingModel.centralServices}.

### Groups

<#list operatingModel.groups>
| Group | Kind | Lead school |
| --- | --- | --- |
<#items as group>
| ${group.name} | ${group.kind} | ${group.lead} |
</#items>

Each group's schools, pupils and regions are given under Schools.
<#else>
The trust has not grouped its schools into hubs or clusters.
</#list>

### The chief executive

${operatingModel.ceo}

### Central team

<#list operatingModel.centralTeam>
| Role | Focus | FTE |
| --- | --- | --- |
<#items as role>
| ${role.role} | ${role.focus} | ${role.fte} |
</#items>
| Total | | ${operatingModel.centralTeamFte} |
<#else>
The trust has not described its central team.
</#list>

### Governance, intelligence and investment

| Item | Detail |
| --- | --- |
<#list operatingModel.governance as row>
| ${row.label} | ${row.value} |
</#list>
<#list operatingModel.intelligence as row>
| ${row.label} | ${row.value} |
</#list>
<#list operatingModel.communications as row>
| ${row.label} | ${row.value} |
</#list>
<#list operatingModel.investment as row>
| ${row.label} | ${row.value} |
</#list>
