package org.matreport.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.matreport.preview.BrowserOpener;
import org.matreport.preview.Preview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code matreport serve}: a live preview of the pack on 127.0.0.1, updated each time a trust file is saved. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = "Preview the pack in a browser while you edit: served on 127.0.0.1, re-rendered and reloaded"
                + " each time a trust file or template is saved. Stop it with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DebugOption debug;

    @Mixin
    private TrustFolderParameter trustFolder;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "" + Preview.DEFAULT_PORT,
            description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 takes any free port).")
    private int port;

    @Option(names = "--open", description = "Open the preview in the system's browser.")
    private boolean open;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            description = "A folder of templates and CSS that replace the built-in ones by file name; watched too.")
    private Path templates;

    @Override
    public Integer call() throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (Preview preview = Preview.start(trustFolder.folder, templates, port, TerminalLog.of(spec))) {
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            spec.commandLine().getOut().println("Previewing the pack at " + preview.uri() + " (Ctrl+C to stop).");
            if (open && !BrowserOpener.open(preview.uri())) {
                spec.commandLine().getErr().println("matreport: no browser opener found; open " + preview.uri());
            }
            stopped.await();
        }
        return Main.OK;
    }
}
