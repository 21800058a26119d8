package org.matreport.engine;

import java.nio.file.Path;
import java.util.List;
import org.matreport.rules.CheckResult;

/** A pack that was written: the findings it reports and its files, in the order Markdown, HTML, PDF. */
public record WrittenPack(CheckResult findings, List<Path> files) {

    public WrittenPack {
        files = List.copyOf(files);
    }
}
