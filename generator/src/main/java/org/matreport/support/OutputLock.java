package org.matreport.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run at a time in an output folder. Two runs writing the same pack (two processes, a batch naming one trust twice,
 * a link to the same folder) would otherwise clear away each other's temporary files and interleave their files. The
 * lock is the operating system's, on a hidden file in the folder, so a run that is killed releases it with its
 * process; within one process, the folder's real path is held as well, because the operating system's lock is the
 * process's and would let a second thread through.
 */
public final class OutputLock implements AutoCloseable {

    /** The hidden file the lock is taken on; it says which process holds it, for the message a second run prints. */
    public static final String FILE = ".matreport.lock";

    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the folder (making it when missing) or says who has it. Never waits: a run that finds the folder taken
     * stops with a message naming the holder, rather than hanging behind it.
     */
    public static OutputLock take(Path folder) throws InvalidRequestException, IOException {
        Files.createDirectories(folder);
        Path real = folder.toRealPath();
        if (!HELD_HERE.add(real)) {
            throw new InvalidRequestException("another pack of this run is being written to " + folder
                    + "; give each trust an output folder of its own");
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(
                    real.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new InvalidRequestException("the output folder " + folder
                        + " is being written by another matreport run (" + holder(channel)
                        + "); wait for it to finish, or choose another folder with -o");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(
                    ("process " + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            return new OutputLock(real, channel, lock);
        } catch (InvalidRequestException | IOException | RuntimeException e) {
            HELD_HERE.remove(real);
            if (channel != null) {
                channel.close();
            }
            throw e;
        }
    }

    /** What the holder wrote in the lock file: {@code process 1234}, or a plain word when it cannot be read. */
    private static String holder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(64);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
            return text.matches("process [0-9]{1,19}") ? text : "another process";
        } catch (IOException e) {
            return "another process";
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            HELD_HERE.remove(folder);
        }
    }
}
