package org.matreport.maven;

/**
 * The part of the HTML pack that goes inside a site page: the pack's {@code <main>} (or, failing that, its body),
 * leaving out the document around it, whose styles belong to the standalone page and would restyle the site.
 */
final class PackPage {

    private PackPage() {}

    static String content(String html) {
        String main = between(html, "<main", "</main>");
        if (main != null) {
            return main;
        }
        String body = between(html, "<body", "</body>");
        return body != null ? body : html;
    }

    /** The text after the opening tag's '>' and before the closing tag, or null when either is missing. */
    private static String between(String html, String open, String close) {
        int start = html.indexOf(open);
        int end = html.lastIndexOf(close);
        if (start < 0 || end < 0) {
            return null;
        }
        int contentStart = html.indexOf('>', start) + 1;
        return contentStart > 0 && contentStart <= end ? html.substring(contentStart, end) : null;
    }
}
