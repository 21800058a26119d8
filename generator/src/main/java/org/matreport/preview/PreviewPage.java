package org.matreport.preview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page the preview serves: the pack's own HTML with one small script that reloads it when the server announces a
 * newer revision, and, while the trust files are broken, the problems above the last good pack. The pack's content
 * security policy is widened by exactly that script (by its hash) and by the event stream; nothing else may run or be
 * fetched, as in the written pack, which stays free of script.
 */
final class PreviewPage {

    /** Reads the revision the page shows from its own meta element, so that the script is the same on every page. */
    static final String RELOAD_SCRIPT = "(function () {"
            + " var shown = document.querySelector('meta[name=\"matreport-revision\"]').content;"
            + " var events = new EventSource('/events');"
            + " events.onmessage = function (e) {"
            + " if (e.data !== shown) { events.close(); location.reload(); } };"
            + " })();";

    private static final String SCRIPT_HASH = "'sha256-" + sha256(RELOAD_SCRIPT) + "'";

    private static final Pattern POLICY =
            Pattern.compile("(<meta\\s+http-equiv=\"Content-Security-Policy\"\\s+content=\")([^\"]*)(\")");

    private static final Pattern BODY = Pattern.compile("<body[^>]*>");

    private PreviewPage() {}

    /** The pack's page, live: reloaded when a newer revision than {@code revision} exists. */
    static String live(String packHtml, long revision) {
        return withProblems(packHtml, revision, List.of(), 0);
    }

    /**
     * The last good pack's page with the problems that keep the trust files from loading listed above it, one a
     * line; {@code goodRevision} is the revision the pack below them comes from.
     */
    static String withProblems(String packHtml, long revision, List<String> problems, long goodRevision) {
        String html = widenPolicy(packHtml);
        html = insertBefore(html, "</head>", head(revision));
        if (!problems.isEmpty()) {
            Matcher body = BODY.matcher(html);
            String banner = banner(
                    problems,
                    "The pack below is the last good one (revision " + goodRevision
                            + "); it comes back up to date as soon as the files load again.");
            html = body.find() ? html.substring(0, body.end()) + banner + html.substring(body.end()) : banner + html;
        }
        return html;
    }

    /** The page when the trust files have never loaded since the preview started: the problems alone. */
    static String problemsOnly(long revision, List<String> problems) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
                + " script-src " + SCRIPT_HASH + "; connect-src 'self'\" />\n"
                + "<title>matreport preview: problems in the trust files</title>\n"
                + head(revision)
                + "</head>\n<body>\n"
                + banner(problems, "No pack yet: the trust files have not loaded since the preview started.")
                + "</body>\n</html>\n";
    }

    private static String head(long revision) {
        return "<meta name=\"matreport-revision\" content=\"" + revision + "\" />\n<script>" + RELOAD_SCRIPT
                + "</script>\n";
    }

    private static String banner(List<String> problems, String note) {
        StringBuilder out = new StringBuilder();
        out.append("<details open id=\"matreport-problems\" role=\"alert\" style=\"border: 3px solid #b00020;"
                + " padding: 0.5em 1em; margin: 0.5em; background: #fff4f4; color: #000;\">\n");
        out.append("<summary><strong>")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems")
                .append(" in the trust files</strong>: fix and save, and this page updates itself.</summary>\n");
        out.append("<pre style=\"white-space: pre-wrap;\">");
        for (String problem : problems) {
            out.append(escape(problem)).append('\n');
        }
        out.append("</pre>\n<p>").append(escape(note)).append("</p>\n</details>\n");
        return out.toString();
    }

    /** Lets the reload script (by its hash) run and reach the event stream; everything else stays as the pack says. */
    private static String widenPolicy(String html) {
        Matcher policy = POLICY.matcher(html);
        if (!policy.find()) {
            return html;
        }
        String widened = policy.group(2).strip();
        widened = (widened.endsWith(";") ? widened : widened + ";") + " script-src " + SCRIPT_HASH
                + "; connect-src 'self'";
        return html.substring(0, policy.start(2)) + widened + html.substring(policy.end(2));
    }

    private static String insertBefore(String html, String marker, String insert) {
        int at = html.indexOf(marker);
        return at < 0 ? insert + html : html.substring(0, at) + insert + html.substring(at);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
