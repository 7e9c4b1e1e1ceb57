package org.khet.e2e;

import org.khet.devstack.DevTokens;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaBrokerProcess;
import org.khet.testkit.KafkaResource;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole system as separate processes: the five services, the gateway and the web console, each {@code java -jar} of its built
 * Quarkus app on a free port, each with its own database on the test kit's PostgreSQL and all on its Kafka broker,
 * tokens checked everywhere with a dev key made for the run.
 */
final class Stack implements AutoCloseable {
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final List<String> SERVICES = List.of("school", "assessment", "budget", "project", "report");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    final String name;
    final Path work;
    final Path keys;
    final Map<String, Integer> ports = new LinkedHashMap<>();
    /** The port a Keycloak of this stack answers on once a test starts it (KeycloakSignInTest): its realm is trusted. */
    final int keycloakPort;
    private List<String> jvm = List.of();
    /** The root the applications' jars are taken from (this checkout unless a benchmark says otherwise). */
    private Path jars = ROOT;
    /** The stack's own broker, when it has one (null: the test JVM's shared one or one the caller runs). */
    private KafkaBrokerProcess ownBroker;
    private Map<String, List<String>> componentJvm = Map.of();
    private final List<Process> processes = new ArrayList<>();
    /** Each component's process and how it was launched, so a test can kill it and start it again. */
    private final Map<String, Process> byComponent = new LinkedHashMap<>();
    private final Map<String, Runnable> relaunch = new LinkedHashMap<>();

    private Stack(String name) throws IOException {
        this.name = name;
        this.keycloakPort = freePort();
        this.work = ROOT.resolve("e2e/target/" + name);
        this.keys = work.resolve("keys");
    }

    /**
     * Starts every process and waits until each is ready.
     *
     * @param jvm        options of each service's JVM (tests: a small quick-starting JVM; benchmarks: a production-like one)
     * @param gatewayEnv extra environment of the gateway (e.g. a higher rate limit for a bulk load)
     */
    static Stack start(String name, List<String> jvm, Map<String, String> gatewayEnv) throws Exception {
        return start(name, jvm, gatewayEnv, KafkaResource.broker().bootstrapServers(), Map.of());
    }

    /**
     * As {@link #start(String, List, Map)}; with {@code ownBroker} the stack gets a Kafka broker of its own, stopped
     * with it. Two stacks running at once need that: on one broker they share the topics and their services join
     * the same consumer groups, so one stack's replicas would never see the other's events.
     */
    static Stack start(String name, List<String> jvm, Map<String, String> gatewayEnv, boolean ownBroker) throws Exception {
        if (!ownBroker) {
            return start(name, jvm, gatewayEnv);
        }
        KafkaBrokerProcess broker = new KafkaBrokerProcess(KafkaBrokerProcess.newDataDir());
        broker.start();
        try {
            Stack s = start(name, jvm, gatewayEnv, broker.bootstrapServers(), Map.of());
            s.ownBroker = broker;
            return s;
        } catch (Exception | Error e) {
            broker.stop();
            throw e;
        }
    }

    /**
     * @param kafka        the broker the services use (a benchmark may compare brokers run differently)
     * @param componentJvm more options for one component's JVM by its name (e.g. {@code school}: a flight recording)
     */
    static Stack start(String name, List<String> jvm, Map<String, String> gatewayEnv, String kafka,
                       Map<String, List<String>> componentJvm) throws Exception {
        return start(name, jvm, gatewayEnv, kafka, componentJvm, Map.of());
    }

    /** @param serviceEnv more environment of each of the five services (e.g. a benchmark's settings) */
    static Stack start(String name, List<String> jvm, Map<String, String> gatewayEnv, String kafka,
                       Map<String, List<String>> componentJvm, Map<String, String> serviceEnv) throws Exception {
        return start(name, jvm, gatewayEnv, kafka, componentJvm, serviceEnv, ROOT);
    }

    /**
     * @param jars where the applications' builds are: a checkout's root ({@code <module>/target/quarkus-app}), this one
     *             or a copy of another commit's build (a benchmark comparing with main)
     */
    static Stack start(String name, List<String> jvm, Map<String, String> gatewayEnv, String kafka,
                       Map<String, List<String>> componentJvm, Map<String, String> serviceEnv, Path jars) throws Exception {
        Stack s = new Stack(name);
        s.jars = jars;
        s.jvm = jvm;
        s.componentJvm = componentJvm;
        Files.createDirectories(s.work);
        DevTokens.ensureKeys(s.keys);
        try (Connection c = EmbeddedPostgresResource.server().getPostgresDatabase().getConnection();
             Statement st = c.createStatement()) {
            for (String db : SERVICES) {
                st.execute("create database " + s.db(db) + " encoding 'UTF8' template template0");
            }
        }
        for (String svc : SERVICES) {
            s.ports.put(svc, freePort());
        }
        s.ports.put("gateway", freePort());
        s.ports.put("web", freePort());
        Map<String, String> urls = new LinkedHashMap<>();
        for (String svc : SERVICES) {
            urls.put("KHET_" + svc.toUpperCase() + "_URL", s.url(svc));
        }
        String publicKey = s.keys.resolve(DevTokens.PUBLIC_KEY_FILE).toString();
        // tokens of the dev key (the tests' and the dev sign-in's) and of the stack's Keycloak realm (its JWKS fetched
        // when its first token comes), so that the console's OIDC sign-in is tested against this same stack
        Map<String, String> trust = Map.of("KHET_SECURITY_KEY_LOCATION", publicKey,
                "KHET_SECURITY_ALSO_TRUSTED_ISSUER", Keycloak.issuer(s.keycloakPort),
                "KHET_SECURITY_ALSO_TRUSTED_KEY_LOCATION", Keycloak.jwks(s.keycloakPort));
        for (String svc : SERVICES) {
            Map<String, String> env = new LinkedHashMap<>(urls);
            env.put("KHET_DB_URL", EmbeddedPostgresResource.server().getJdbcUrl("postgres", s.db(svc)));
            env.put("KHET_DB_USER", "postgres");
            env.put("KHET_DB_PASSWORD", "postgres");
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka);
            env.putAll(trust);
            env.putAll(serviceEnv);
            s.launch(svc + "-service", s.ports.get(svc), env, jvm);
        }
        Map<String, String> gw = new LinkedHashMap<>(urls);
        gw.putAll(trust);
        gw.put("KHET_WEB_URL", s.url("web"));
        gw.putAll(gatewayEnv);
        s.launch("gateway", s.ports.get("gateway"), gw, jvm);
        // the web console, served by the gateway at /, with the development sign-in minting with this stack's keys
        s.launch("web", s.ports.get("web"), Map.of("KHET_GATEWAY_URL", s.gateway(), "KHET_WEB_DEV_SIGNIN", "true",
                "KHET_WEB_DEV_KEYS", s.keys.toString()), jvm);
        try {
            for (Map.Entry<String, Integer> e : s.ports.entrySet()) {
                s.awaitReady(e.getKey(), e.getValue());
            }
        } catch (Exception | Error e) {
            s.close();  // no process of a stack that did not start is left running
            throw e;
        }
        return s;
    }

    /** The database of a service in this stack (stacks of one run share the PostgreSQL server). */
    String db(String service) {
        return name.replace('-', '_') + "_" + service;
    }

    DataSource database(String service) {
        return EmbeddedPostgresResource.server().getDatabase("postgres", db(service));
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    String gateway() {
        return url("gateway");
    }

    String token(String subject, String role, List<String> orgs) throws Exception {
        return DevTokens.mint(DevTokens.ensureKeys(keys), DevTokens.DEFAULT_ISSUER, DevTokens.DEFAULT_AUDIENCE, subject,
                role, orgs, 3600);
    }

    /** Starts one more web console ({@code component}, e.g. one signing in through OIDC) on {@code port}, calling this
     * stack's gateway, and waits until it is ready. */
    void startConsole(String component, int port, Map<String, String> env) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(Map.of("KHET_GATEWAY_URL", gateway()));
        all.putAll(env);
        ports.put(component, port);
        start("web", component, port, all, jvm);
        awaitReady(component, port);
    }

    /** Calls the gateway with a token and a JSON body (or none), and answers the body of the status expected. */
    String call(String method, String path, String token, String body, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway() + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != expected) {
            throw new AssertionError(method + " " + path + ": expected " + expected + " but was " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    /** Each running component's process id, by component. */
    Map<String, Long> pids() {
        Map<String, Long> out = new LinkedHashMap<>();
        byComponent.forEach((c, p) -> out.put(c, p.pid()));
        return out;
    }

    /** Kills a component's process as a crash would (SIGKILL) and waits until it is gone. */
    void kill(String component) throws InterruptedException {
        Process p = byComponent.get(component);
        p.destroyForcibly();
        p.waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts a killed component again, as before, and waits until it is ready. */
    void restart(String component) throws Exception {
        relaunch.get(component).run();
        awaitReady(component, ports.get(component));
    }

    private void launch(String module, int port, Map<String, String> env, List<String> jvm) throws IOException {
        String component = module.replace("-service", "");
        relaunch.put(component, () -> {
            try {
                start(module, component, port, env, jvm);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        start(module, component, port, env, jvm);
    }

    private void start(String module, String component, int port, Map<String, String> env, List<String> jvm) throws IOException {
        Path jar = jars.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is built before this module");
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(jvm);
        cmd.addAll(productionJvm(jars, module));
        cmd.addAll(componentJvm.getOrDefault(component, List.of()));
        cmd.addAll(List.of("-Djava.io.tmpdir=" + work, "-Dquarkus.http.port=" + port, "-jar", jar.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(work.resolve(
                        (component.equals(module.replace("-service", "")) ? module : component) + ".log").toFile()));
        pb.environment().putAll(env);
        Process p = pb.start();
        processes.add(p);
        byComponent.put(component, p);
    }

    /**
     * The JVM settings ({@code -XX:} options) a module's image runs with in production: those of the {@code
     * JAVA_OPTS_APPEND} its {@code src/main/docker/Dockerfile.jvm} sets (docker-compose builds each service from it),
     * so that every stack runs them too — report-service's compiler setting of ADR 0045, e.g. Taken from the
     * Dockerfile of the build whose jars run ({@code jars}), else of this checkout; a test's own options come after
     * and win.
     */
    static List<String> productionJvm(Path jars, String module) throws IOException {
        Path dockerfile = jars.resolve(module).resolve("src/main/docker/Dockerfile.jvm");
        if (!Files.exists(dockerfile)) {
            dockerfile = ROOT.resolve(module).resolve("src/main/docker/Dockerfile.jvm");
        }
        if (!Files.exists(dockerfile)) {
            return List.of();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^ENV JAVA_OPTS_APPEND=\"([^\"]*)\"")
                .matcher(Files.readString(dockerfile));
        return m.find() ? java.util.Arrays.stream(m.group(1).trim().split("\\s+")).filter(o -> o.startsWith("-XX:")).toList()
                : List.of();
    }

    private void awaitReady(String component, int port) throws Exception {
        // -Dstack.ready-seconds (default 480): a machine shared with several builds can take minutes to start 7 JVMs
        long deadline = System.currentTimeMillis() + 1000L * Integer.getInteger("stack.ready-seconds", 480);
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.currentTimeMillis() < deadline) {
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(component + " was not ready within " + Integer.getInteger("stack.ready-seconds", 480)
                + " s; see " + work);
    }

    @Override
    public void close() throws InterruptedException {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (ownBroker != null) {
            ownBroker.stop();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
