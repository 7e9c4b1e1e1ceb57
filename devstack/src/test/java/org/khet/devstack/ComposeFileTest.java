package org.khet.devstack;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * docker-compose.yml cannot run on these machines (no Docker engine), so this test keeps it honest: it must
 * agree with every Quarkus module's application.properties — the modules being every top-level directory with
 * a {@code src/main/resources/application.properties}.
 * <ul>
 * <li>each module has a compose service built from its {@code src/main/docker/Dockerfile.jvm}, which exists;</li>
 * <li>the service publishes the module's {@code quarkus.http.port} on the same port, and the Dockerfile
 * exposes it;</li>
 * <li>each environment variable compose sets for the service is referenced as {@code ${NAME...}} in the
 * module's application.properties (or overrides a key the file sets, by SmallRye Config's environment-name rule:
 * {@code KHET_SECURITY_ISSUER} for {@code khet.security.issuer}), and each {@code KHET_*} / {@code KAFKA_*}
 * name the properties reference is set by compose ({@code QUARKUS_*} and {@code JAVA_*} names are read by
 * Quarkus and run-java.sh themselves and need neither);</li>
 * <li>the values point at something real: URLs at a compose service and, for a module, its port; JDBC URLs at
 * a database that the PostgreSQL init script creates, the same one the module's default names;</li>
 * <li>./khet sets every name compose uses to wire a service to another (database, broker, service URLs), so
 * the dev stack and compose are connected alike.</li>
 * </ul>
 * Every problem is collected and reported at once.
 */
class ComposeFileTest {
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern CHECKED_NAMES = Pattern.compile("(KHET|KAFKA)_[A-Z0-9_]*");
    private static final Pattern DIRECT_NAMES = Pattern.compile("(QUARKUS|JAVA)_[A-Z0-9_]*");
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([A-Za-z0-9_]+).*");
    private static final Pattern HTTP_URL = Pattern.compile("https?://([^:/]+)(?::(\\d+))?(/.*)?");
    private static final Pattern HOST_PORT = Pattern.compile("([A-Za-z0-9_.-]+):(\\d+)");
    private static final Pattern EXPOSE = Pattern.compile("(?m)^\\s*EXPOSE\\s+(.+)$");
    private static final Pattern CREATE_DATABASE = Pattern.compile("(?i)create\\s+database\\s+\"?([A-Za-z0-9_]+)");

    private static Path root;
    /** KHET_SECURITY_* names of the kit's config mapping (KhetConfig.Security), which every module reads. */
    private static Set<String> securityEnvNames;
    private static Map<String, Map<String, Object>> services;
    private static Map<String, Module> modules;

    /** A Quarkus module: its directory name, the properties, and the compose service built from it (or null). */
    record Module(String dir, Properties properties, String text, String service) {
        int httpPort() {
            String port = properties.getProperty("%prod.quarkus.http.port", properties.getProperty("quarkus.http.port", "8080"));
            return Integer.parseInt(port.trim());
        }

        /** Environment names referenced as ${NAME...} by the properties that apply outside tests. */
        Set<String> referencedEnv() {
            Set<String> names = new TreeSet<>();
            for (String key : properties.stringPropertyNames()) {
                if (key.startsWith("%test.")) {
                    continue;
                }
                Matcher m = ENV_REFERENCE.matcher(properties.getProperty(key));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
            return names;
        }

        /**
         * The environment names that override the keys the properties set, by SmallRye Config's rule (upper case,
         * every other character an underscore): khet.security.issuer ← KHET_SECURITY_ISSUER.
         */
        Set<String> keyEnvNames() {
            Set<String> names = new TreeSet<>();
            for (String key : properties.stringPropertyNames()) {
                String plain = key.startsWith("%") && key.indexOf('.') > 0 ? key.substring(key.indexOf('.') + 1) : key;
                names.add(plain.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
            }
            return names;
        }

        /** The default value of ${NAME:default} in the properties, or null. */
        String defaultOf(String name) {
            Matcher m = Pattern.compile("\\$\\{" + Pattern.quote(name) + ":([^}]*)}").matcher(text);
            return m.find() ? m.group(1) : null;
        }
    }

    @BeforeAll
    static void load() throws IOException {
        // the repository root: Maven runs this test in devstack/; -Dkhet.compose.root=<dir> checks another tree
        Path cwd = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
        String override = System.getProperty("khet.compose.root");
        root = override != null ? Path.of(override).toAbsolutePath().normalize()
                : Files.isDirectory(cwd.resolve("devstack")) ? cwd : cwd.getParent();
        Path compose = root.resolve("docker-compose.yml");
        assertTrue(Files.isRegularFile(compose), "missing " + compose);
        try (Reader r = Files.newBufferedReader(compose, StandardCharsets.UTF_8)) {
            Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
            services = new LinkedHashMap<>();
            map(doc.get("services"), "services").forEach((name, body) -> services.put(name, map(body, "services." + name)));
        }
        modules = new LinkedHashMap<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                Path props = dir.resolve("src/main/resources/application.properties");
                if (!Files.isRegularFile(props)) {
                    continue;
                }
                String text = Files.readString(props, StandardCharsets.UTF_8);
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(props, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                String name = dir.getFileName().toString();
                modules.put(name, new Module(name, p, text, serviceBuiltFrom(name)));
            }
        }
        assertTrue(modules.size() >= 2, "found only " + modules.keySet() + " as Quarkus modules under " + root);
        securityEnvNames = securityEnvNames(root.resolve("libs/service-kit/src/main/java/org/khet/kit/config/KhetConfig.java"));
        assertTrue(securityEnvNames.contains("KHET_SECURITY_KEY_LOCATION"), "read " + securityEnvNames + " from KhetConfig");
    }

    /** The environment names of KhetConfig.Security's properties: keyLocation() → KHET_SECURITY_KEY_LOCATION. */
    static Set<String> securityEnvNames(Path khetConfig) throws IOException {
        String source = Files.readString(khetConfig, StandardCharsets.UTF_8);
        int start = source.indexOf("interface Security {");
        assertTrue(start >= 0, khetConfig + " has no interface Security");
        int end = source.indexOf("\n    }", start);
        Matcher m = Pattern.compile("\\s([a-z][A-Za-z0-9]*)\\(\\);").matcher(source.substring(start, end));
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            names.add("KHET_SECURITY_" + m.group(1).replaceAll("([A-Z])", "_$1").toUpperCase(java.util.Locale.ROOT));
        }
        return names;
    }

    @Test
    void everyServiceAndTheGatewayCanReadTheKeyThatVerifiesTokens() {
        List<String> problems = new ArrayList<>();
        for (Module m : modules.values()) {
            if (m.service() == null) {
                continue;
            }
            Map<String, String> env = environment(m.service());
            for (String name : List.of("KHET_SECURITY_ISSUER", "KHET_SECURITY_KEY_LOCATION")) {
                if (!env.containsKey(name)) {
                    problems.add(m.service() + " does not set " + name + " (the default names a file of ./khet's .khet/)");
                }
            }
            String location = env.getOrDefault("KHET_SECURITY_KEY_LOCATION", "");
            // ${NAME:-default}: the default is what runs when the shell does not set it
            Matcher d = Pattern.compile("\\$\\{[A-Z_]+:-([^}]*)}").matcher(location);
            String value = d.matches() ? d.group(1) : location;
            if (value.startsWith("/")) {
                Object volumes = services.get(m.service()).get("volumes");
                boolean mounted = volumes instanceof List<?> l && l.stream().map(String::valueOf).anyMatch(v -> {
                    // source:target[:mode], where the source may hold ${VAR:-default}
                    String spec = v.replaceFirst(":(ro|rw)$", "");
                    String target = spec.substring(spec.lastIndexOf(':') + 1);
                    return target.startsWith("/") && value.startsWith(target.endsWith("/") ? target : target + "/");
                });
                if (!mounted) {
                    problems.add(m.service() + " reads its token key from " + value + ", which no volume of it mounts");
                }
            } else if (!value.isEmpty() && !HTTP_URL.matcher(value).matches()) {
                problems.add(m.service() + ": KHET_SECURITY_KEY_LOCATION=" + location
                        + " is neither an absolute path in the container nor an http(s) JWKS URL");
            }
        }
        report(problems);
    }

    @Test
    void everyQuarkusModuleHasAComposeServiceBuiltFromItsDockerfile() {
        List<String> problems = new ArrayList<>();
        for (Module m : modules.values()) {
            if (m.service() == null) {
                problems.add(m.dir() + ": no service in docker-compose.yml is built from ./" + m.dir());
                continue;
            }
            Object dockerfile = map(services.get(m.service()).get("build"), m.service() + ".build").get("dockerfile");
            if (!"src/main/docker/Dockerfile.jvm".equals(dockerfile)) {
                problems.add(m.service() + ": build.dockerfile is " + dockerfile + ", not src/main/docker/Dockerfile.jvm");
            }
        }
        for (Module m : modules.values()) {
            Path dockerfile = root.resolve(m.dir()).resolve("src/main/docker/Dockerfile.jvm");
            if (!Files.isRegularFile(dockerfile)) {
                problems.add(m.dir() + ": missing " + root.relativize(dockerfile));
            }
        }
        report(problems);
    }

    @Test
    void composePublishesEachModulesHttpPortAndTheDockerfileExposesIt() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Module m : modules.values()) {
            if (m.service() == null) {
                continue;
            }
            int port = m.httpPort();
            List<int[]> mappings = ports(services.get(m.service()).get("ports"), m.service());
            boolean same = mappings.stream().anyMatch(p -> p[0] == port && p[1] == port);
            if (!same) {
                problems.add(m.service() + ": ports " + services.get(m.service()).get("ports") + " do not publish "
                        + port + ":" + port + " (quarkus.http.port of " + m.dir() + ")");
            }
            Path dockerfile = root.resolve(m.dir()).resolve("src/main/docker/Dockerfile.jvm");
            if (Files.isRegularFile(dockerfile)) {
                Matcher e = EXPOSE.matcher(Files.readString(dockerfile, StandardCharsets.UTF_8));
                Set<String> exposed = new TreeSet<>();
                while (e.find()) {
                    for (String token : e.group(1).trim().split("\\s+")) {
                        exposed.add(token.replace("/tcp", ""));
                    }
                }
                if (!exposed.contains(String.valueOf(port))) {
                    problems.add(root.relativize(dockerfile) + ": EXPOSE " + exposed + " does not include " + port);
                }
            }
        }
        report(problems);
    }

    @Test
    void composeEnvironmentAndApplicationPropertiesNameTheSameVariables() {
        List<String> problems = new ArrayList<>();
        for (Module m : modules.values()) {
            if (m.service() == null) {
                continue;
            }
            Map<String, String> env = environment(m.service());
            Set<String> referenced = m.referencedEnv();
            Set<String> overridable = new TreeSet<>(m.keyEnvNames());
            overridable.addAll(securityEnvNames);
            for (String name : env.keySet()) {
                if (!referenced.contains(name) && !overridable.contains(name) && !DIRECT_NAMES.matcher(name).matches()) {
                    problems.add(m.service() + " sets " + name + ", which " + m.dir()
                            + "/src/main/resources/application.properties neither references as ${" + name
                            + "...} nor sets as a key");
                }
            }
            for (String name : referenced) {
                if (CHECKED_NAMES.matcher(name).matches() && !env.containsKey(name)) {
                    problems.add(m.dir() + " reads ${" + name + "...}, which service " + m.service()
                            + " in docker-compose.yml does not set");
                }
            }
        }
        report(problems);
    }

    @Test
    void environmentValuesPointAtComposeServicesAndDatabasesThatExist() throws IOException {
        Set<String> databases = initDatabases();
        List<String> problems = new ArrayList<>();
        for (Module m : modules.values()) {
            if (m.service() == null) {
                continue;
            }
            for (Map.Entry<String, String> e : environment(m.service()).entrySet()) {
                String where = m.service() + ": " + e.getKey() + "=" + e.getValue();
                Matcher jdbc = JDBC_URL.matcher(e.getValue());
                Matcher http = HTTP_URL.matcher(e.getValue());
                Matcher hostPort = HOST_PORT.matcher(e.getValue());
                if (jdbc.matches()) {
                    checkHost(jdbc.group(1), where, problems);
                    String db = jdbc.group(3);
                    if (!databases.contains(db)) {
                        problems.add(where + ": database " + db + " is not created by devstack/compose/initdb " + databases);
                    }
                    String byDefault = m.defaultOf(e.getKey());
                    Matcher d = byDefault == null ? null : JDBC_URL.matcher(byDefault);
                    if (d != null && d.matches() && !d.group(3).equals(db)) {
                        problems.add(where + ": application.properties defaults to database " + d.group(3));
                    }
                } else if (http.matches()) {
                    String host = http.group(1);
                    checkHost(host, where, problems);
                    Module target = modules.values().stream().filter(t -> host.equals(t.service())).findFirst().orElse(null);
                    if (target != null && (http.group(2) == null || Integer.parseInt(http.group(2)) != target.httpPort())) {
                        problems.add(where + ": " + host + " listens on " + target.httpPort());
                    }
                } else if (e.getKey().startsWith("KAFKA_BOOTSTRAP") || hostPort.matches()) {
                    for (String server : e.getValue().split(",")) {
                        Matcher hp = HOST_PORT.matcher(server.trim());
                        if (!hp.matches()) {
                            problems.add(where + ": '" + server + "' is not host:port");
                        } else {
                            checkHost(hp.group(1), where, problems);
                        }
                    }
                }
            }
        }
        report(problems);
    }

    @Test
    void khetSetsTheSameVariablesAsCompose() throws IOException {
        Path khet = root.resolve("khet");
        assertTrue(Files.isRegularFile(khet), "missing " + khet);
        String script = Files.readString(khet, StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        for (Module m : modules.values()) {
            if (m.service() == null) {
                continue;
            }
            for (Map.Entry<String, String> e : environment(m.service()).entrySet()) {
                String name = e.getKey();
                if (pointsAtService(e.getValue()) && !script.contains(name + "=")) {
                    problems.add("compose wires " + m.service() + " with " + name + "=" + e.getValue()
                            + ", ./khet never sets " + name);
                }
            }
        }
        report(problems);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static String serviceBuiltFrom(String moduleDir) {
        for (Map.Entry<String, Map<String, Object>> s : services.entrySet()) {
            Object build = s.getValue().get("build");
            String context = build instanceof Map<?, ?> b ? String.valueOf(b.get("context")) : build == null ? null : String.valueOf(build);
            if (context != null && root.resolve(context).normalize().equals(root.resolve(moduleDir))) {
                return s.getKey();
            }
        }
        return null;
    }

    /** The environment of a compose service, from either the map or the list form. */
    private static Map<String, String> environment(String service) {
        Object env = services.get(service).get("environment");
        Map<String, String> out = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (env instanceof List<?> l) {
            for (Object item : l) {
                String s = String.valueOf(item);
                int eq = s.indexOf('=');
                out.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        } else if (env != null) {
            fail(service + ".environment is neither a map nor a list");
        }
        return out;
    }

    /** Compose port mappings as {published, target}, from the short ("8081:8081", "127.0.0.1:8081:8081/tcp") or long syntax. */
    private static List<int[]> ports(Object ports, String service) {
        List<int[]> out = new ArrayList<>();
        if (!(ports instanceof List<?> list)) {
            return out;
        }
        for (Object p : list) {
            if (p instanceof Map<?, ?> m) {
                Object published = m.get("published");
                Object target = m.get("target");
                if (published != null && target != null) {
                    out.add(new int[] {Integer.parseInt(String.valueOf(published)), Integer.parseInt(String.valueOf(target))});
                }
                continue;
            }
            String[] parts = String.valueOf(p).replaceAll("/(tcp|udp)$", "").split(":");
            try {
                int target = Integer.parseInt(parts[parts.length - 1]);
                int published = parts.length >= 2 ? Integer.parseInt(parts[parts.length - 2]) : -1;
                out.add(new int[] {published, target});
            } catch (NumberFormatException e) {
                fail(service + ": cannot read port mapping '" + p + "' (ranges are not used here)");
            }
        }
        return out;
    }

    /** Does an environment value name a compose service as its host (a JDBC or HTTP URL, host:port)? */
    private static boolean pointsAtService(String value) {
        for (Pattern p : List.of(JDBC_URL, HTTP_URL, HOST_PORT)) {
            Matcher m = p.matcher(value.split(",")[0].trim());
            if (m.matches() && services.containsKey(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    private static void checkHost(String host, String where, List<String> problems) {
        if (!services.containsKey(host)) {
            problems.add(where + ": host " + host + " is not a service of docker-compose.yml " + services.keySet());
        }
    }

    private static Set<String> initDatabases() throws IOException {
        Set<String> out = new LinkedHashSet<>();
        Path dir = root.resolve("devstack/compose/initdb");
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Matcher m = CREATE_DATABASE.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o, String what) {
        if (!(o instanceof Map<?, ?>)) {
            fail("docker-compose.yml: " + what + " is not a mapping");
        }
        return (Map<String, Object>) o;
    }

    private static void report(List<String> problems) {
        if (!problems.isEmpty()) {
            fail("docker-compose.yml disagrees with the modules:\n  " + String.join("\n  ", problems));
        }
    }
}
