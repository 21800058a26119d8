<#-- The whole pack in Markdown. Each section is its own template, so a trust can replace one by name.
     A line such as [//]: # "chart:chain" is a chart marker: Markdown viewers print nothing for it, and the HTML
     and PDF show the drawn chart there. The table after each marker carries the same facts. -->
<#include "cover.md.ftl">

## Contents

- [Summary for trustees](#summary-for-trustees "Summary for trustees")
<#if changes??>
- [Changes since the last pack](#changes-since-the-last-pack "Changes since the last pack")
</#if>
- [Vision and mission](#vision-and-mission "Vision and mission")
- [Strategy](#strategy "Strategy")
- [Alignment](#alignment "Alignment")
- [Operating model](#operating-model "Operating model")
- [Schools](#schools "Schools")
- [Growth and break points](#growth-and-break-points "Growth and break points")
- [Findings](#findings "Findings")
- [Appendix](#appendix "Appendix")

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
