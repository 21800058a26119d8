package org.matreport.preview;

import org.matreport.load.LoadedTrust;
import org.matreport.rules.CheckResult;

/**
 * One good revision of the pack as the preview shows it: the page as {@code generate} writes it, the Markdown and the
 * findings, and the checked trust they came from, kept so that the PDF of this very revision can be printed later.
 */
record Rendition(
        long revision, String html, byte[] markdown, byte[] findingsJson, LoadedTrust trust, CheckResult findings) {}
