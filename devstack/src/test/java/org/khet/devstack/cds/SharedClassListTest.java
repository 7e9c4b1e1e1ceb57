package org.khet.devstack.cds;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The class list of the base archive (ADR 0036, stop 35): a library class in the JDK's form for a custom loader's
 * class, after its super class and interfaces, with the jar it is read from; a class whose ancestor is nowhere, or
 * that no jar has, left out.
 */
class SharedClassListTest {

    @TempDir
    Path dir;

    @Test
    void eachLibraryClassComesAfterItsAncestorsWithItsJarAndTheUnusableAreLeftOut() throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("Base.java"), "package a; public class Base {}");
        Files.writeString(src.resolve("Marker.java"), "package a; public interface Marker {}");
        Files.writeString(src.resolve("Child.java"),
                "package a; public class Child extends Base implements java.io.Serializable, Marker {}");
        Files.writeString(src.resolve("Missing.java"), "package b; public class Missing {}");
        Files.writeString(src.resolve("Orphan.java"), "package a; public class Orphan extends b.Missing {}");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (var files = Files.list(src)) {
            List<String> args = new java.util.ArrayList<>(List.of("-d", classes.toString()));
            files.forEach(f -> args.add(f.toString()));
            assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)));
        }
        // the jar of lib/main holds a/*, not b/Missing (as a class of lib/boot would not be there)
        Path lib = Files.createDirectories(dir.resolve("app/lib/main"));
        Path jar = lib.resolve("org.example.lib-1.0.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : List.of("Base", "Marker", "Child", "Orphan")) {
                out.putNextEntry(new ZipEntry("a/" + name + ".class"));
                out.write(Files.readAllBytes(classes.resolve("a/" + name + ".class")));
                out.closeEntry();
            }
        }
        Path base = Files.writeString(dir.resolve("base.classlist"), "# the JDK's\njava/lang/Object\njava/lang/String\n");
        Path libs = Files.writeString(dir.resolve("libs.classlist"), "# shared\na/Child\na/Orphan\na/Nope\n");
        Path out = dir.resolve("out.classlist");

        SharedClassList list = new SharedClassList(List.of(lib, dir.resolve("not-built/lib/main")));
        int[] counts = list.write(out, base, libs);

        assertArrayEquals(new int[] {3, 2}, counts, "Base, Marker and Child written; Orphan and Nope left out");
        List<String> lines = Files.readAllLines(out).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("java/lang/Object", "java/lang/String"), lines.subList(0, 2), "the JDK's list first");
        Map<String, String> byName = new HashMap<>();
        for (String l : lines.subList(2, lines.size())) byName.put(l.split(" ")[0], l);
        String object = byName.get("java/lang/Object");
        assertEquals("java/lang/Object id: 1", object, "a JDK ancestor named again, with its id");
        String source = " source: " + jar.toAbsolutePath();
        assertEquals("a/Base id: 2 super: 1" + source, byName.get("a/Base"));
        assertEquals("java/io/Serializable id: 3", byName.get("java/io/Serializable"));
        assertEquals("a/Marker id: 4 super: 1" + source, byName.get("a/Marker"));
        assertEquals("a/Child id: 5 super: 2 interfaces: 3 4" + source, byName.get("a/Child"));
        assertFalse(byName.containsKey("a/Orphan") || byName.containsKey("a/Nope") || byName.containsKey("b/Missing"),
                lines.toString());
        assertTrue(lines.indexOf(byName.get("a/Base")) < lines.indexOf(byName.get("a/Child")), "the super class first");
        assertTrue(lines.indexOf(byName.get("a/Marker")) < lines.indexOf(byName.get("a/Child")), "the interface first");
        assertEquals(7, lines.size(), lines.toString());
    }
}
