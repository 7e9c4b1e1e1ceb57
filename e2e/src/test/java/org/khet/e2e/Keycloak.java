package org.khet.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak for the console's OIDC sign-in: the distribution Maven unpacked into {@code target/keycloak}, run
 * with a Java 21+ JDK ({@code KHET_KEYCLOAK_JAVA_HOME}, default the Java 25 JDK these machines have) in development
 * mode on an in-memory store, importing the realm of {@code src/test/keycloak/khet-realm.json} (its users: an area
 * officer, a school officer, a director and OBEC; its mappers put the audience {@code khet}, the roles in
 * {@code groups} and the org units in {@code org}, what the gateway and the services read). The realm records its
 * sign-in, token and sign-out events, and a temporary administrator of the master realm (a random password) lets a test
 * read them and end a user's sessions through the admin REST API.
 */
final class Keycloak implements AutoCloseable {
    static final String REALM = "khet";
    static final String CLIENT = "khet-console";
    private static final String ADMIN = "e2e-admin";

    final int port;
    final long startMillis;
    private final Process process;
    private final String adminPassword;

    private Keycloak(int port, Process process, long startMillis, String adminPassword) {
        this.port = port;
        this.process = process;
        this.startMillis = startMillis;
        this.adminPassword = adminPassword;
    }

    /** The realm's issuer, as the browser, the console and the services all reach it. */
    static String issuer(int port) {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    static String jwks(int port) {
        return issuer(port) + "/protocol/openid-connect/certs";
    }

    /**
     * Starts Keycloak on {@code port} with the realm whose console client sends users back to {@code consoleUrl},
     * has {@code secret} and issues access tokens that live {@code accessTokenLifespan} (the realm's 5 minutes
     * otherwise), and waits until the realm answers.
     */
    static Keycloak start(int port, String consoleUrl, String secret, Duration accessTokenLifespan, Path log) throws Exception {
        Path home;
        try (Stream<Path> dirs = Files.list(Stack.ROOT.resolve("e2e/target/keycloak"))) {
            home = dirs.filter(d -> d.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Keycloak is unpacked by this module's build (target/keycloak)"));
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        String realm = Files.readString(Stack.ROOT.resolve("e2e/src/test/keycloak/khet-realm.json"), StandardCharsets.UTF_8)
                .replace("@CONSOLE_URL@", consoleUrl).replace("@CONSOLE_SECRET@", secret)
                .replace("@ACCESS_TOKEN_LIFESPAN@", String.valueOf(accessTokenLifespan.toSeconds()));
        Files.writeString(imports.resolve("khet-realm.json"), realm, StandardCharsets.UTF_8);
        String javaHome = System.getenv().getOrDefault("KHET_KEYCLOAK_JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port,
                "--db=dev-mem", "--import-realm")
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("JAVA_HOME", javaHome);
        pb.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        byte[] random = new byte[18];
        new java.security.SecureRandom().nextBytes(random);
        String adminPassword = java.util.HexFormat.of().formatHex(random);
        pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        long t0 = System.currentTimeMillis();
        Keycloak kc = new Keycloak(port, pb.start(), 0, adminPassword);
        long deadline = t0 + 900_000;
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer(port) + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.currentTimeMillis() < deadline) {
            if (!kc.process.isAlive()) {
                throw new IllegalStateException("Keycloak exited (" + kc.process.exitValue() + "); see " + log);
            }
            try {
                if (Stack.HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new Keycloak(port, kc.process, System.currentTimeMillis() - t0, adminPassword);
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        kc.close();
        throw new IllegalStateException("Keycloak was not ready within 900 s; see " + log);
    }

    /** An access token of the master realm's temporary administrator (it lives a minute: one per use). */
    private String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=" + ADMIN + "&password=" + adminPassword;
        HttpResponse<String> r = Stack.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/realms/master/protocol/openid-connect/token")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("the admin's token: " + r.statusCode() + " " + r.body());
        }
        return WebConsoleTest.JSON.readTree(r.body()).path("access_token").asText();
    }

    /** Calls the realm's admin REST API ({@code /admin/realms/khet} + {@code path}); the body of a 2xx answer. */
    String admin(String method, String path) throws Exception {
        HttpResponse<String> r = Stack.HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/admin/realms/" + REALM + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken())
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** The realm's id of a user (its tokens' {@code sub}). */
    String userId(String username) throws Exception {
        return WebConsoleTest.JSON.readTree(admin("GET", "/users?exact=true&username=" + username)).get(0).path("id").asText();
    }

    /** Ends every session of the user (as an administrator revoking access would): its refresh tokens stop working. */
    void endSessions(String userId) throws Exception {
        admin("POST", "/users/" + userId + "/logout");
    }

    /**
     * The times (ms) of the realm's recorded events of a type for the console's client and a user (null: any user; an
     * error event may name none), latest first.
     */
    java.util.List<Long> events(String type, String userId) throws Exception {
        java.util.List<Long> times = new java.util.ArrayList<>();
        WebConsoleTest.JSON.readTree(admin("GET", "/events?type=" + type + "&client=" + CLIENT
                        + (userId == null ? "" : "&user=" + userId)))
                .forEach(e -> times.add(e.path("time").asLong()));
        return times;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
