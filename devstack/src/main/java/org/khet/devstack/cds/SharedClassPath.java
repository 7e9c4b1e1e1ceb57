package org.khet.devstack.cds;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The services' shared class path on a JDK 25 or later (ADR 0036, "Stop 37"): the library jars that every service
 * runs from, put first on each service's class path so that one static class-data archive of their classes, loaded
 * and linked ahead of time, serves all of them under each service's own archive.
 * <p>
 * A jar of the services' {@code lib/main} is in the prefix when
 * <ul>
 *   <li>every service has it (the same file name, which carries group, artifact and version, and the same size);</li>
 *   <li>it is not Khet's own ({@code org.khet.*}: those change with every build);</li>
 *   <li>no class of it is one a service transforms or generates, or has in its own jar (Quarkus defines those from
 *       {@code quarkus/} and {@code app/} first; on a flat class path the prefix would win);</li>
 *   <li>none of its classes is in another jar of a service's class path (which copy a JVM takes must not depend on
 *       the prefix coming first).</li>
 * </ul>
 * The prefix's jars are linked (hard links where the file system allows, else copied) into {@code OUTDIR}, which
 * {@code ./khet} puts first, in name order. The class list written beside it names the JDK classes of
 * {@code base.classlist} and the classes of {@code libs.classlist} that a prefix jar holds: the JDK loads them from
 * the prefix with its application class loader when it dumps the archive.
 * <pre>
 * java -cp devstack/target/classes org.khet.devstack.cds.SharedClassPath OUTDIR LIST base.classlist libs.classlist APPDIR...
 * </pre>
 * APPDIR: a service's {@code target/quarkus-app}. Prints one line: the prefix's jars and the list's library classes.
 */
public final class SharedClassPath {

    /** The prefix: jar file name -> one of its copies. */
    final Map<String, Path> prefix = new TreeMap<>();
    /** Why each left-out jar is left out (jar name -> reason), for the log. */
    final Map<String, String> leftOut = new TreeMap<>();
    /** class name (internal form) -> the prefix jar holding it. */
    private final Map<String, String> prefixClasses = new HashMap<>();

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: SharedClassPath OUTDIR LIST base.classlist libs.classlist APPDIR...");
            System.exit(2);
        }
        List<Path> apps = new ArrayList<>();
        for (int i = 4; i < args.length; i++) apps.add(Path.of(args[i]));
        SharedClassPath path = new SharedClassPath(apps);
        path.link(Path.of(args[0]));
        int classes = path.writeList(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]));
        path.leftOut.forEach((jar, why) -> System.err.println("not shared: " + jar + ": " + why));
        System.out.println(path.prefix.size() + " shared jars, " + classes + " library classes");
    }

    SharedClassPath(List<Path> apps) throws IOException {
        if (apps.isEmpty()) throw new IllegalArgumentException("no application");
        // the jars every service has, by name and size
        Map<String, Path> common = null;
        for (Path app : apps) {
            Map<String, Path> jars = jarsIn(app.resolve("lib/main"));
            if (common == null) {
                common = new TreeMap<>(jars);
                continue;
            }
            for (var it = common.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                Path other = jars.get(e.getKey());
                if (other == null) {
                    it.remove();
                } else if (Files.size(other) != Files.size(e.getValue())) {
                    leftOut.put(e.getKey(), "another size in " + app);
                    it.remove();
                }
            }
        }
        for (var e : common.entrySet()) {
            if (e.getKey().startsWith("org.khet.")) leftOut.put(e.getKey(), "Khet's own");
            else prefix.put(e.getKey(), e.getValue());
        }
        // the classes of each candidate, and every other jar's
        Map<String, Set<String>> classesOf = new HashMap<>();
        for (var e : prefix.entrySet()) classesOf.put(e.getKey(), classNames(e.getValue()));
        Map<String, String> owner = new HashMap<>();   // class -> the candidate jar that holds it (first by name)
        Set<String> clashing = new TreeSet<>();
        for (var e : classesOf.entrySet()) {
            for (String c : e.getValue()) {
                String before = owner.putIfAbsent(c, e.getKey());
                if (before != null && !before.equals(e.getKey())) {
                    note(clashing, before, "shares " + c + " with " + e.getKey());
                    note(clashing, e.getKey(), "shares " + c + " with " + before);
                }
            }
        }
        for (Path app : apps) {
            List<Path> others = new ArrayList<>();
            for (String own : List.of("quarkus/transformed-bytecode.jar", "quarkus/generated-bytecode.jar")) {
                if (Files.isRegularFile(app.resolve(own))) others.add(app.resolve(own));
            }
            others.addAll(jarsIn(app.resolve("app")).values());
            for (var e : jarsIn(app.resolve("lib/main")).entrySet()) {
                if (!prefix.containsKey(e.getKey())) others.add(e.getValue());
            }
            others.addAll(jarsIn(app.resolve("lib/boot")).values());
            for (Path jar : others) {
                for (String c : classNames(jar)) {
                    String candidate = owner.get(c);
                    if (candidate != null) note(clashing, candidate, c + " is also in " + app.relativize(jar));
                }
            }
        }
        for (String jar : clashing) prefix.remove(jar);
        for (var e : prefix.entrySet()) {
            for (String c : classesOf.get(e.getKey())) prefixClasses.put(c, e.getKey());
        }
    }

    private void note(Set<String> clashing, String jar, String why) {
        if (clashing.add(jar)) leftOut.put(jar, why);
    }

    /** Links the prefix's jars into dir (made empty first). */
    void link(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(dir)) {
            for (Path f : old) Files.delete(f);
        }
        for (var e : prefix.entrySet()) {
            Path to = dir.resolve(e.getKey());
            try {
                Files.createLink(to, e.getValue());
            } catch (IOException | UnsupportedOperationException notHere) {
                // (another file system than target/'s)
                Files.copy(e.getValue(), to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Writes the dump's class list; returns how many library classes it names. */
    int writeList(Path out, Path baseList, Path libsList) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(baseList, StandardCharsets.UTF_8)) {
            // (the JDK classes; lambda proxies are the applications' archives' business)
            if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) continue;
            lines.add(line.trim());
        }
        int libraries = 0;
        for (String line : Files.readAllLines(libsList, StandardCharsets.UTF_8)) {
            String name = line.trim();
            if (name.isEmpty() || name.startsWith("#") || !prefixClasses.containsKey(name)) continue;
            lines.add(name);
            libraries++;
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
            w.println("# made by org.khet.devstack.cds.SharedClassPath from " + baseList.getFileName() + " and "
                    + libsList.getFileName() + ": the JDK's classes and those of the services' shared jars");
            for (String l : lines) w.println(l);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        return libraries;
    }

    private static Map<String, Path> jarsIn(Path dir) throws IOException {
        Map<String, Path> jars = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) return jars;
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, "*.jar")) {
            for (Path jar : found) jars.put(jar.getFileName().toString(), jar);
        }
        return jars;
    }

    /** The classes of a jar, in internal form (module-info and META-INF/versions left out). */
    static Set<String> classNames(Path jar) throws IOException {
        Set<String> names = new HashSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> it = zip.entries(); it.hasMoreElements(); ) {
                String n = it.nextElement().getName();
                if (!n.endsWith(".class") || n.startsWith("META-INF/") || n.endsWith("module-info.class")) continue;
                names.add(n.substring(0, n.length() - 6));
            }
        }
        return names;
    }
}
