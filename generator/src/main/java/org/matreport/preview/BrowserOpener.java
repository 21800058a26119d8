package org.matreport.preview;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Opens the preview in the user's browser with the operating system's own opener; says so when there is none. */
public final class BrowserOpener {

    private BrowserOpener() {}

    /** Starts the system's opener on {@code uri}; returns false when none could be started. */
    public static boolean open(URI uri) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command;
        if (os.contains("win")) {
            command = List.of("rundll32", "url.dll,FileProtocolHandler", uri.toString());
        } else if (os.contains("mac")) {
            command = List.of("open", uri.toString());
        } else {
            command = List.of("xdg-open", uri.toString());
        }
        try {
            new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
