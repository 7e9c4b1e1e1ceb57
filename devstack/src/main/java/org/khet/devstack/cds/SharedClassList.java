package org.khet.devstack.cds;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;

/**
 * Writes the class list of the dev stack's base class-data archive (ADR 0036, "Stop 35"): the JDK classes of
 * {@code devstack/cds/base.classlist}, then the library classes of {@code devstack/cds/libs.classlist} that the
 * Quarkus applications load from the same jars, in the JDK 17 form a static archive takes classes of a custom class
 * loader in: {@code name id: N super: S interfaces: I... source: <jar>}, each class after its super class and
 * interfaces. A JVM whose class loader later defines a class of the same name, size and CRC uses the archive's copy,
 * so the eight JVMs map one copy of those classes' read-only metadata instead of one each in their own archives.
 * <p>
 * A library class is written only when its jar is in one of the applications' {@code lib/main} directories and its
 * super classes and interfaces are the JDK's or are found there too (a class whose ancestor Quarkus' loader does not
 * define, e.g. one of {@code lib/boot}, would never be used from the archive). JDK only: it runs from
 * {@code devstack/target/classes} before any JVM of the stack starts.
 * <pre>
 * java -cp devstack/target/classes org.khet.devstack.cds.SharedClassList OUT base.classlist libs.classlist LIBDIR...
 * </pre>
 * Prints one line to stdout: how many library classes were written, and how many of the list were left out.
 */
public final class SharedClassList {

    private final Map<String, Path> jarOfClass = new HashMap<>();
    private final Map<Path, ZipFile> open = new HashMap<>();
    private final Map<String, Integer> ids = new LinkedHashMap<>();
    private final Map<String, Boolean> usable = new HashMap<>();
    private final List<String> lines = new ArrayList<>();
    private final ClassLoader jdk = ClassLoader.getPlatformClassLoader();
    /** Where a class is in none of the jars and not in the JDK. */
    private static final Path NOWHERE = Path.of("/");

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: SharedClassList OUT base.classlist libs.classlist LIBDIR...");
            System.exit(2);
        }
        List<Path> libDirs = new ArrayList<>();
        for (int i = 3; i < args.length; i++) libDirs.add(Path.of(args[i]));
        SharedClassList list = new SharedClassList(libDirs);
        try {
            int[] counts = list.write(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
            System.out.println(counts[0] + " library classes, " + counts[1] + " of the list left out");
        } finally {
            list.close();
        }
    }

    SharedClassList(List<Path> libDirs) throws IOException {
        // the same jar (file name: group, artifact and version) in several applications: one copy is read, since a
        // JVM uses an archived class of a custom loader by its name, size and CRC, wherever the loader found it
        Map<String, Path> jars = new TreeMap<>();
        for (Path dir : libDirs) {
            if (!Files.isDirectory(dir)) continue;
            try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, "*.jar")) {
                for (Path jar : found) jars.putIfAbsent(jar.getFileName().toString(), jar);
            }
        }
        for (Path jar : jars.values()) {
            jarOf(jar).stream()
                    .filter(e -> e.getName().endsWith(".class") && !e.getName().startsWith("META-INF/"))
                    .forEach(e -> jarOfClass.putIfAbsent(e.getName().substring(0, e.getName().length() - 6), jar));
        }
    }

    /** Writes the list; returns {library classes written, listed classes left out}. */
    int[] write(Path out, Path baseList, Path libsList) throws IOException {
        for (String line : Files.readAllLines(baseList, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            lines.add(line);
        }
        int left = 0;
        for (String line : Files.readAllLines(libsList, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String name = line.trim();
            // (a class the JDK has too is the JDK's in every JVM: Quarkus' loader asks the JDK first)
            Path jar = isJdk(name) ? null : jarOfClass.get(name);
            if (jar == null || !resolve(name, jar)) left++;
        }
        // (the ancestors written for a listed class count too)
        int written = (int) lines.stream().filter(l -> l.contains(" source: ")).count();
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
            w.println("# made by org.khet.devstack.cds.SharedClassList from " + baseList.getFileName() + " and " + libsList.getFileName());
            for (String l : lines) w.println(l);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new int[] {written, left};
    }

    /**
     * Adds the class (after its ancestors) when it can be archived for a custom loader; a JDK class is added as a
     * line of its own that the archive's builtin loaders load. Returns whether the class and all its ancestors could.
     */
    private boolean resolve(String name, Path jar) {
        Boolean known = usable.get(name);
        if (known != null) return known;
        usable.put(name, false);   // (a cycle cannot happen in valid class files; if one did, it is refused)
        if (jar == NOWHERE) return false;
        if (jar == null) {
            lines.add(name + " id: " + idOf(name));
            usable.put(name, true);
            return true;
        }
        String[] header;
        try (InputStream in = jarOf(jar).getInputStream(jarOf(jar).getEntry(name + ".class"))) {
            header = superAndInterfaces(in);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        if (header == null) return false;
        List<Integer> interfaces = new ArrayList<>();
        String superName = header[0];
        if (superName == null || !resolve(superName, libraryJarOf(superName))) return false;
        for (int i = 1; i < header.length; i++) {
            if (!resolve(header[i], libraryJarOf(header[i]))) return false;
            interfaces.add(ids.get(header[i]));
        }
        StringBuilder line = new StringBuilder(name).append(" id: ").append(idOf(name))
                .append(" super: ").append(ids.get(superName));
        if (!interfaces.isEmpty()) {
            line.append(" interfaces:");
            for (int id : interfaces) line.append(' ').append(id);
        }
        lines.add(line.append(" source: ").append(jar.toAbsolutePath()).toString());
        usable.put(name, true);
        return true;
    }

    /** The jar of lib/main that holds a class, null when the JDK has it (the JDK's own come first), else NOWHERE. */
    private Path libraryJarOf(String name) {
        if (isJdk(name)) return null;
        return jarOfClass.getOrDefault(name, NOWHERE);
    }

    private boolean isJdk(String name) {
        return jdk.getResource(name + ".class") != null;
    }

    private int idOf(String name) {
        return ids.computeIfAbsent(name, n -> ids.size() + 1);
    }

    private ZipFile jarOf(Path jar) {
        return open.computeIfAbsent(jar, j -> {
            try {
                return new ZipFile(j.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void close() throws IOException {
        for (ZipFile z : open.values()) z.close();
    }

    /**
     * Reads a class file's header: {super class, interfaces...} as internal names; null for a module-info or a
     * file that is not a class.
     */
    static String[] superAndInterfaces(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != 0xCAFEBABE) return null;
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 15 -> { in.readUnsignedByte(); in.readUnsignedShort(); }
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 5, 6 -> { in.readLong(); i++; }
                default -> throw new IOException("constant pool tag " + tag);
            }
        }
        int access = in.readUnsignedShort();
        if ((access & 0x8000) != 0) return null;   // ACC_MODULE
        in.readUnsignedShort();
        int superIndex = in.readUnsignedShort();
        int interfaces = in.readUnsignedShort();
        String[] header = new String[1 + interfaces];
        header[0] = superIndex == 0 ? null : utf8[classNameIndex[superIndex]];
        for (int i = 0; i < interfaces; i++) header[1 + i] = utf8[classNameIndex[in.readUnsignedShort()]];
        return header;
    }
}
