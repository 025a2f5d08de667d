package org.muster.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on the data directory, so that a second Muster started on the same
 * directory stops with a clear message instead of running a second PostgreSQL on the same files.
 */
final class DataDirectoryLock {

    private final Path directory;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path directory, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.channel = channel;
        this.lock = lock;
    }

    static DataDirectoryLock acquire(Path configured) {
        var directory = configured.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            var channel = FileChannel.open(directory.resolve("muster.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUse(directory);
            }
            return new DataDirectoryLock(directory, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use the data directory " + directory, e);
        }
    }

    Path directory() {
        return directory;
    }

    void release() throws IOException {
        lock.release();
        channel.close();
    }

    static final class DataDirectoryInUse extends RuntimeException {
        final Path directory;

        DataDirectoryInUse(Path directory) {
            super("The data directory " + directory + " is in use by another Muster");
            this.directory = directory;
        }
    }
}
