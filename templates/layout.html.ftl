<#-- The page around the pack's body. Written as well-formed XHTML-compatible HTML5, because the PDF renderer
     parses it as XML. No script, no external request: the CSS is inlined and the fonts are the reader's own
     (the PDF embeds DejaVu Sans). -->
<!DOCTYPE html>
<html lang="${language}" xml:lang="${language}">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="${description}" />
<meta name="subject" content="${description}" />
<meta name="author" content="${author}" />
<meta name="generator" content="matreport" />
<title>${title}</title>
<style>
<#include "pack.css" parse=false>
</style>
<style media="screen and (max-width: 40em)">
<#include "phone.css" parse=false>
</style>
<style>
h1, h2, h3 { color: ${colour}; }
</style>
</head>
<body>
<div class="running-header">${runningHeader}</div>
<main>
${body}
</main>
</body>
</html>
