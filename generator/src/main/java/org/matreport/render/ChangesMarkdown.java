package org.matreport.render;

import java.util.Map;
import org.matreport.diff.Changes;

/** The pack's "Changes since the last pack" section on its own, from the same template the pack includes. */
public final class ChangesMarkdown {

    static final String TEMPLATE = "changes.md.ftl";

    public String write(Changes changes) throws RenderException {
        String markdown = Templates.forFolder(null).render(TEMPLATE, Map.of("changes", ChangesView.of(changes)));
        return markdown.replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }
}
