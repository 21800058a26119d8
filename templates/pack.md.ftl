<#-- The whole pack in Markdown. Each section is its own template, so a trust can replace one by name. -->
<#include "cover.md.ftl">

## Contents

- [Vision and mission](#vision-and-mission "Vision and mission")
- [Strategy](#strategy "Strategy")
- [Operating model](#operating-model "Operating model")
- [Schools](#schools "Schools")
- [Growth](#growth "Growth")

<#if changes??><#include "changes.md.ftl"></#if>

<#include "vision.md.ftl">

<#include "strategy.md.ftl">

<#include "operating-model.md.ftl">

<#include "schools.md.ftl">

<#include "growth.md.ftl">
