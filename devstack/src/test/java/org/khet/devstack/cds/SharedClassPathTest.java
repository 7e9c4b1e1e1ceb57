package org.khet.devstack.cds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The services' shared class path (ADR 0036, stop 37): only a library jar every service has, the same, not Khet's
 * own, and none of whose classes a service has elsewhere on its class path is shared; the class list names the JDK's
 * classes and the shared jars' classes of the libraries' list, and no lambda line.
 */
class SharedClassPathTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheJarsEveryServiceHasAndNoOneShadowsAreShared() throws Exception {
        List<Path> apps = List.of(dir.resolve("school"), dir.resolve("budget"), dir.resolve("report"));
        for (Path app : apps) {
            jar(app.resolve("lib/main/com.example.common-1.0.jar"), "a/Shared", "a/Other");
            jar(app.resolve("lib/main/org.khet.kit-0.1.jar"), "org/khet/kit/Kit");
            jar(app.resolve("lib/main/com.example.transformed-1.0.jar"), "t/Entity");
            jar(app.resolve("lib/main/com.example.shadowed-1.0.jar"), "s/Twice");
            jar(app.resolve("app/" + app.getFileName() + ".jar"), "org/khet/" + app.getFileName() + "/Main");
        }
        // two of three services only; another build (size) in one
        jar(apps.get(0).resolve("lib/main/com.example.some-1.0.jar"), "x/Some");
        jar(apps.get(1).resolve("lib/main/com.example.some-1.0.jar"), "x/Some");
        jar(apps.get(0).resolve("lib/main/com.example.sized-1.0.jar"), "z/Sized");
        jar(apps.get(1).resolve("lib/main/com.example.sized-1.0.jar"), "z/Sized");
        jar(apps.get(2).resolve("lib/main/com.example.sized-1.0.jar"), "z/Sized", "z/More");
        // one service transforms t/Entity; another has s/Twice in lib/boot too
        jar(apps.get(1).resolve("quarkus/transformed-bytecode.jar"), "t/Entity");
        jar(apps.get(2).resolve("lib/boot/com.example.boot-1.0.jar"), "s/Twice");

        SharedClassPath path = new SharedClassPath(apps);

        assertEquals(List.of("com.example.common-1.0.jar"), List.copyOf(path.prefix.keySet()));
        Map<String, String> left = path.leftOut;
        assertEquals("Khet's own", left.get("org.khet.kit-0.1.jar"));
        assertTrue(left.get("com.example.transformed-1.0.jar").contains("t/Entity is also in quarkus/transformed-bytecode.jar"),
                left.toString());
        assertTrue(left.get("com.example.shadowed-1.0.jar").contains("s/Twice is also in lib/boot/com.example.boot-1.0.jar"),
                left.toString());
        assertTrue(left.get("com.example.sized-1.0.jar").startsWith("another size in"), left.toString());
        assertFalse(left.containsKey("com.example.some-1.0.jar"));   // (not every service's: not a candidate)

        Path out = dir.resolve("prefix");
        Files.createDirectories(out);
        Files.writeString(out.resolve("stale-0.9.jar"), "from an older build");
        path.link(out);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("com.example.common-1.0.jar"), files.map(f -> f.getFileName().toString()).toList());
        }
        assertEquals(-1L, Files.mismatch(out.resolve("com.example.common-1.0.jar"),
                apps.get(0).resolve("lib/main/com.example.common-1.0.jar")));

        Path base = Files.writeString(dir.resolve("base.classlist"),
                "# the JDK's\njava/lang/Object\n@lambda-proxy java/lang/Object run ()V\njava/lang/String\n");
        Path libs = Files.writeString(dir.resolve("libs.classlist"), "# shared\na/Shared\nt/Entity\nx/Some\nnope/Gone\n");
        Path list = dir.resolve("out.classlist");
        assertEquals(1, path.writeList(list, base, libs));
        assertEquals(List.of("java/lang/Object", "java/lang/String", "a/Shared"),
                Files.readAllLines(list).stream().filter(l -> !l.startsWith("#")).toList());
    }

    @Test
    void classNamesLeaveOutModuleInfoAndVersionedEntries() throws Exception {
        Path jar = jar(dir.resolve("m.jar"), "module-info", "META-INF/versions/11/p/Q", "p/Q");
        assertEquals(java.util.Set.of("p/Q"), SharedClassPath.classNames(jar));
    }

    private static Path jar(Path jar, String... classes) throws IOException {
        Files.createDirectories(jar.getParent());
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String c : classes) {
                out.putNextEntry(new ZipEntry(c + ".class"));
                out.write(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
                out.closeEntry();
            }
        }
        return jar;
    }
}
