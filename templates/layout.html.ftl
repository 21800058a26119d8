<#-- The page around the pack's body. Written as well-formed XHTML-compatible HTML5, because the PDF renderer
     parses it as XML. No script, no external request: the CSS is inlined, the logo is a data: URI and the fonts
     are the reader's own (the PDF embeds its own). The PDF printer gets its own copy (forPrinter), with the
     paged-media CSS that browsers do not know and without the phone stylesheet. -->
<!DOCTYPE html>
<html lang="${language}" xml:lang="${language}">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="${description}" />
<#-- The PDF printer takes its document description (PDF/UA) from "subject". -->
<meta name="subject" content="${description}" />
<meta name="author" content="${author}" />
<meta name="generator" content="matreport" />
<title>${title}</title>
<style>
<#include "pack.css" parse=false>
</style>
<#if forPrinter>
<style>
<#include "paged.css" parse=false>
</style>
<#else>
<style media="screen and (max-width: 40em)">
<#include "phone.css" parse=false>
</style>
<style>
td.long-word { overflow-wrap: anywhere; }
</style>
</#if>
<style>
h1, h2, h3, .masthead { color: ${colour}; }
.masthead { border-bottom-color: ${colour}; }
</style>
</head>
<body>
<header class="masthead">
<#if logo??>
<img class="logo" src="${logo}" alt="${logoDescription}" />
</#if>
<p class="running-header">${runningHeader}</p>
</header>
<main>
${body}
</main>
<footer class="colophon">
<p>${footer}</p>
</footer>
</body>
</html>
