package org.matreport.load;

import java.nio.file.Path;
import java.util.List;
import org.matreport.model.Trust;

/**
 * A trust read from its folder, with where each part was written, and cautions: things that do not stop the trust
 * loading but that its reviewers should see (a field holding an invisible character).
 */
public record LoadedTrust(Path folder, Trust trust, SourceMap sources, List<Problem> cautions) {

    public LoadedTrust {
        cautions = List.copyOf(cautions);
    }

    public LoadedTrust(Path folder, Trust trust, SourceMap sources) {
        this(folder, trust, sources, List.of());
    }
}
