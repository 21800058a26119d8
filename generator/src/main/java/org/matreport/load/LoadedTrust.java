package org.matreport.load;

import java.nio.file.Path;
import org.matreport.model.Trust;

/** A trust read from its folder, with where each part was written. */
public record LoadedTrust(Path folder, Trust trust, SourceMap sources) {}
