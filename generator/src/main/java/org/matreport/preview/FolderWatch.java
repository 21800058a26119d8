package org.matreport.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the trust folder and the templates folder, with the folders inside them, and runs one refresh once the files
 * have been quiet for a moment: an editor's save is often several writes (a temporary file, a rename), and the pack
 * should be read once, after the last.
 *
 * <p>Hidden files and folders (an editor's swap file, {@code .git}) and a {@code target} folder (where
 * {@code generate} writes the pack) are not trust files and do not start a refresh.
 */
final class FolderWatch implements AutoCloseable {

    /** Long enough to cover the writes of one save, short beside the render that follows. */
    static final Duration QUIET = Duration.ofMillis(20);

    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Runnable onChange;
    private final Thread thread;

    /** Whether the events since the last refresh touched a trust file or template; only the watch thread uses it. */
    private boolean relevant;

    FolderWatch(List<Path> roots, Runnable onChange) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.onChange = onChange;
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = new Thread(this::watch, "matreport-preview-watch");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey first = watcher.take();
                handle(first);
                // Wait for the save to finish: every further event restarts the quiet period.
                WatchKey next;
                while ((next = watcher.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    handle(next);
                }
                if (relevant) {
                    relevant = false;
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // The preview is stopping.
        }
    }

    private void handle(WatchKey key) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || folder == null) {
                relevant = true;
                continue;
            }
            Path name = (Path) event.context();
            if (ignored(name)) {
                continue;
            }
            relevant = true;
            Path changed = folder.resolve(name);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    // A folder that vanished as it came: nothing in it to watch.
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
                if (folder.equals(root) || !ignoredBelow(root, folder)) {
                    folders.put(folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
                }
            }
        }
    }

    private static boolean ignoredBelow(Path root, Path folder) {
        for (Path part : root.relativize(folder)) {
            if (ignored(part)) {
                return true;
            }
        }
        return false;
    }

    static boolean ignored(Path name) {
        String text = name.toString();
        return text.startsWith(".") || text.endsWith("~") || text.equals("target");
    }
}
