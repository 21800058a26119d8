package org.matreport.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.matreport.load.LoadLimits;

/**
 * The files of a trust's templates folder, judged before anything reads them: each must be readable and no larger
 * than a template or stylesheet can be, from the file system's own size, so that a huge file is refused by name
 * rather than read whole into memory by the fingerprint or the template engine.
 */
public final class TemplateFiles {

    private TemplateFiles() {}

    /** Refuses the folder's first file that is too large or cannot be read; nothing when there is no folder. */
    public static void check(Path folder) throws RenderException {
        if (folder == null || !Files.isDirectory(folder)) {
            return; // the template engine says that the folder is missing
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new RenderException(
                    "cannot read the templates folder " + folder + "; allow the user running matreport to read it", e);
        }
        for (Path file : files) {
            Path name = folder.relativize(file);
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                throw new RenderException("cannot read the template file " + name + " in " + folder, e);
            }
            if (size > LoadLimits.MAX_ASSET_BYTES) {
                throw new RenderException(
                        "the template file " + name + " in " + folder + " is larger than "
                                + LoadLimits.MAX_ASSET_BYTES / 1024 + " KiB, more than any template or stylesheet"
                                + " needs; remove it from the templates folder or make it smaller",
                        null);
            }
            if (!Files.isReadable(file)) {
                throw new RenderException(
                        "the template file " + name + " in " + folder
                                + " cannot be read; allow the user running matreport to read it",
                        null);
            }
        }
    }
}
