package com.mangaassist.systemtests;

import com.mangaassist.localaws.process.ChildProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Faster service starts for the launcher: each service runs from its extracted jar (Spring Boot's {@code tools}
 * jar mode, classes loaded from plain jars instead of nested ones) with a class data sharing archive of the
 * classes it loads (parsed and verified once, then mapped). The first run after a build writes the archive when
 * the service stops ({@code -XX:ArchiveClassesAtExit}); later runs map it ({@code -XX:SharedArchiveFile}). Both
 * live under the module's {@code target/launch} with the fingerprint of the jar they came from, so a new build
 * makes them stale: they are then made again.
 *
 * <p>An archive is first written under a temporary name and kept only when the service exited by itself; a JVM
 * that was killed mid-write leaves no archive behind. A JVM that cannot use an archive (another JDK, for example)
 * starts without it.
 */
final class ClassDataSharing {

    private static final Logger log = LoggerFactory.getLogger(ClassDataSharing.class);
    private static final Duration EXTRACT_TIMEOUT = Duration.ofMinutes(2);
    private static final int FINGERPRINT_BYTES = 4 * 1024 * 1024;

    private final Path root;

    private ClassDataSharing(Path root) {
        this.root = root;
    }

    /** Extracts, in parallel, every service jar whose extracted copy is missing or older than the jar. */
    static ClassDataSharing prepare(Path root, Collection<ServiceModule> services) {
        ClassDataSharing sharing = new ClassDataSharing(root);
        services.parallelStream().forEach(sharing::extractIfStale);
        return sharing;
    }

    /** The JVM options and the jar to run {@code service} with. */
    List<String> launch(ServiceModule service) {
        Path archive = archive(service);
        String option = Files.isRegularFile(archive)
                ? "-XX:SharedArchiveFile=" + archive
                : "-XX:ArchiveClassesAtExit=" + pending(service);
        return List.of(option, "-jar", extractedJar(service).toString());
    }

    /**
     * Keeps the archive {@code service}'s JVM wrote at exit, if it exited by itself within {@code grace} (a JVM
     * still running is killed and its partial archive dropped).
     */
    void afterStop(ServiceModule service, ProcessHandle jvm, Duration grace) {
        Path pending = pending(service);
        boolean exited = jvm.onExit()
                        .completeOnTimeout(null, grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                        .join()
                != null;
        try {
            if (!exited) {
                jvm.destroyForcibly();
                Files.deleteIfExists(pending);
            } else if (Files.isRegularFile(pending)) {
                Files.move(pending, archive(service), StandardCopyOption.REPLACE_EXISTING);
                log.info("{}: class data sharing archive written for the next start", service.module());
            }
        } catch (IOException e) {
            log.warn("{}: cannot keep the class data sharing archive: {}", service.module(), e.toString());
        }
    }

    private void extractIfStale(ServiceModule service) {
        Path jar = RunningSuite.executableJar(root, service);
        Path extracted = extractedJar(service);
        try {
            Path marker = launchDirectory(service).resolve("extracted-from");
            String fingerprint = fingerprint(jar);
            if (Files.isRegularFile(extracted)
                    && Files.isRegularFile(marker)
                    && Files.readString(marker).equals(fingerprint)) {
                return;
            }
            Path directory = launchDirectory(service);
            deleteRecursively(directory);
            ChildProcess extract = ChildProcess.start(
                    "extract-" + service.module(),
                    List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Djarmode=tools",
                            "-jar",
                            jar.toString(),
                            "extract",
                            "--destination",
                            directory.toString()),
                    root);
            if (!extract.awaitExit(EXTRACT_TIMEOUT) || extract.exitValue() != 0) {
                extract.close();
                throw new IllegalStateException(
                        "cannot extract " + jar + " for class data sharing:\n" + extract.recentOutput());
            }
            Files.writeString(marker, fingerprint);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + service.module() + " for class data sharing", e);
        }
    }

    private Path launchDirectory(ServiceModule service) {
        return root.resolve(service.module()).resolve("target").resolve("launch");
    }

    private Path extractedJar(ServiceModule service) {
        return launchDirectory(service)
                .resolve(RunningSuite.executableJar(root, service).getFileName().toString());
    }

    private Path archive(ServiceModule service) {
        return launchDirectory(service).resolve(service.module() + ".jsa");
    }

    private Path pending(ServiceModule service) {
        return launchDirectory(service).resolve(service.module() + ".jsa.pending");
    }

    /**
     * Identifies a build of the jar: its size and a hash of its end, the zip's central directory, which holds the
     * CRC of every entry. (The build is reproducible, so every jar it writes has the same timestamp.)
     */
    static String fingerprint(Path jar) throws IOException {
        try (FileChannel channel = FileChannel.open(jar, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, FINGERPRINT_BYTES));
            channel.read(tail, size - tail.capacity());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(tail.flip());
            return size + ":" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
