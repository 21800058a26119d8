## Operating model

### Models of improvement

<#list operatingModel.models as model>
- **${model.label}**: ${model.value}.
</#list>

Central services are ${operatingModel.centralServices}. ${operatingModel.ceo}

${operatingModel.groupsText}

### Central team and governance

${operatingModel.centralTeamText}<#if operatingModel.centralTeam?has_content> Each role is listed at the back.</#if>

${operatingModel.governanceText}
