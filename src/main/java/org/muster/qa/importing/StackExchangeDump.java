package org.muster.qa.importing;

import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.muster.platform.MusterCommand.CommandFailed;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** A Stack Exchange data dump: the site's .7z archive, or a folder with its XML files. */
final class StackExchangeDump implements Closeable {

    /** One file of the dump, opened for streaming, with its uncompressed size for progress. */
    record File(String name, long size, InputStream stream) {
    }

    private final Path path;
    private final SevenZFile archive;

    private StackExchangeDump(Path path, SevenZFile archive) {
        this.path = path;
        this.archive = archive;
    }

    static StackExchangeDump open(Path path) {
        if (!Files.exists(path)) throw new CommandFailed(path + " does not exist");
        if (Files.isDirectory(path)) return new StackExchangeDump(path, null);
        try {
            return new StackExchangeDump(path, SevenZFile.builder().setPath(path).get());
        } catch (IOException e) {
            throw new CommandFailed(path + " is not a readable 7z archive (" + e.getMessage() + ")");
        }
    }

    /** The site the dump is of, e.g. beer.stackexchange.com, from the archive's or folder's name. */
    String site() {
        var name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".7z") ? name.substring(0, name.length() - 3) : name;
    }

    Optional<File> file(String name) {
        try {
            if (archive == null) {
                var file = path.resolve(name);
                if (!Files.exists(file)) return Optional.empty();
                return Optional.of(new File(name, Files.size(file), new BufferedInputStream(Files.newInputStream(file))));
            }
            for (SevenZArchiveEntry entry : archive.getEntries())
                if (entry.getName().equalsIgnoreCase(name))
                    return Optional.of(new File(name, entry.getSize(), new BufferedInputStream(archive.getInputStream(entry))));
            return Optional.empty();
        } catch (IOException e) {
            throw new CommandFailed(name + " in " + path + " cannot be read (" + e.getMessage() + ")");
        }
    }

    @Override
    public void close() throws IOException {
        if (archive != null) archive.close();
    }
}
