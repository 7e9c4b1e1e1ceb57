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
 * {@code groups} and the org units in {@code org}, what the gateway and the services read).
 */
final class Keycloak implements AutoCloseable {
    static final String REALM = "khet";
    static final String CLIENT = "khet-console";

    final int port;
    final long startMillis;
    private final Process process;

    private Keycloak(int port, Process process, long startMillis) {
        this.port = port;
        this.process = process;
        this.startMillis = startMillis;
    }

    /** The realm's issuer, as the browser, the console and the services all reach it. */
    static String issuer(int port) {
        return "http://127.0.0.1:" + port + "/realms/" + REALM;
    }

    static String jwks(int port) {
        return issuer(port) + "/protocol/openid-connect/certs";
    }

    /**
     * Starts Keycloak on {@code port} with the realm whose console client sends users back to {@code consoleUrl}
     * and has {@code secret}, and waits until the realm answers.
     */
    static Keycloak start(int port, String consoleUrl, String secret, Path log) throws Exception {
        Path home;
        try (Stream<Path> dirs = Files.list(Stack.ROOT.resolve("e2e/target/keycloak"))) {
            home = dirs.filter(d -> d.getFileName().toString().startsWith("keycloak-")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("Keycloak is unpacked by this module's build (target/keycloak)"));
        }
        Path imports = home.resolve("data/import");
        Files.createDirectories(imports);
        String realm = Files.readString(Stack.ROOT.resolve("e2e/src/test/keycloak/khet-realm.json"), StandardCharsets.UTF_8)
                .replace("@CONSOLE_URL@", consoleUrl).replace("@CONSOLE_SECRET@", secret);
        Files.writeString(imports.resolve("khet-realm.json"), realm, StandardCharsets.UTF_8);
        String javaHome = System.getenv().getOrDefault("KHET_KEYCLOAK_JAVA_HOME", "/usr/lib/jvm/temurin-25-jdk-amd64");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port,
                "--db=dev-mem", "--import-realm")
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("JAVA_HOME", javaHome);
        pb.environment().put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        long t0 = System.currentTimeMillis();
        Keycloak kc = new Keycloak(port, pb.start(), 0);
        long deadline = t0 + 900_000;
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(issuer(port) + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.currentTimeMillis() < deadline) {
            if (!kc.process.isAlive()) {
                throw new IllegalStateException("Keycloak exited (" + kc.process.exitValue() + "); see " + log);
            }
            try {
                if (Stack.HTTP.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return new Keycloak(port, kc.process, System.currentTimeMillis() - t0);
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        kc.close();
        throw new IllegalStateException("Keycloak was not ready within 900 s; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
