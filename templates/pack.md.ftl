<#-- The whole pack in Markdown, as a board paper: the cover sheet with the decisions asked of the board, the body a
     trustee reads, then the strategy team's appendix. Each section is its own template, so a trust can replace one by
     name. A line such as [//]: # "chart:chain" is a chart marker: Markdown viewers print nothing for it, and the HTML
     and PDF show the drawn chart there. The table after each marker carries the same facts. -->
<#include "cover.md.ftl">

<#include "summary.md.ftl">

<#if changes??><#include "changes.md.ftl"></#if>

<#include "vision.md.ftl">

<#include "strategy.md.ftl">

<#include "alignment.md.ftl">

<#include "operating-model.md.ftl">

<#include "schools.md.ftl">

<#include "growth.md.ftl">

<#include "findings.md.ftl">

<#include "appendix.md.ftl">
