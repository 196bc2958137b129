package com.mangaassist.localaws.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the program a child process is to run. */
public final class Executables {

    private Executables() {}

    /** The executable file {@code name} names: a path, or else a name looked up on the {@code PATH}. */
    public static Optional<Path> find(String name) {
        if (name.contains(File.separator)) {
            return Optional.of(Path.of(name)).filter(Executables::isExecutableFile);
        }
        String pathVariable = Objects.requireNonNullElse(System.getenv("PATH"), "");
        return Stream.of(pathVariable.split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, name))
                .filter(Executables::isExecutableFile)
                .findFirst();
    }

    private static boolean isExecutableFile(Path path) {
        return Files.isRegularFile(path) && Files.isExecutable(path);
    }
}
