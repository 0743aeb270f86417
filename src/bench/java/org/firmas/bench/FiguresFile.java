package org.firmas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The figures a sink or receiver writes every half second for the benchmark script to read. Each
 * write goes to a file beside it and replaces it in one rename, so a reader never finds the file
 * empty or half written.
 */
final class FiguresFile {

    private final Path file;
    private final Path next;

    FiguresFile(Path file) {
        this.file = file.toAbsolutePath();
        this.next = this.file.resolveSibling(this.file.getFileName() + ".next");
    }

    void write(long... figures) throws IOException {
        StringBuilder line = new StringBuilder();
        for (long figure : figures) {
            line.append(line.isEmpty() ? "" : " ").append(figure);
        }
        Files.writeString(next, line.append('\n'));
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
