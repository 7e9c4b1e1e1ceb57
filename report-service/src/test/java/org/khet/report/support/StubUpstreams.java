package org.khet.report.support;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Four small HTTP servers standing in for school-, assessment-, budget- and project-service, each on a free port,
 * serving the Phayao 2 fixtures (the services' summary JSON, in Thai) for any area code. A test can change what
 * one path answers for one area, make a service answer an error, or stop it.
 */
public final class StubUpstreams {
    public static final String[] SERVICES = {"school", "assessment", "budget", "project"};
    private static final Pattern AREA = Pattern.compile("^/v1/areas/([^/?]+)");
    private static StubUpstreams instance;
    /** The version school-service's stand-in sends as the ETag of an area's profile. */
    public static final int AREA_VERSION = 7;

    private final Vertx vertx = Vertx.vertx();
    private final Map<String, Integer> ports = new ConcurrentHashMap<>();
    private final Map<String, HttpServer> servers = new ConcurrentHashMap<>();
    /** service → "path?query" with the area replaced by {area} → fixture file. */
    private final Map<String, Map<String, String>> routes = new ConcurrentHashMap<>();
    /** "area service path?query" → a body or a status that replaces the fixture. */
    private final Map<String, String> bodies = new ConcurrentHashMap<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    /** area → requests held back until this many of the area's requests are waiting at once. */
    private final Map<String, Gate> gates = new ConcurrentHashMap<>();
    /** "area service" whose requests get no answer at all. */
    private final Set<String> silent = ConcurrentHashMap.newKeySet();

    public static synchronized StubUpstreams get() {
        if (instance == null) {
            instance = new StubUpstreams();
            instance.routes();
            for (String s : SERVICES) {
                instance.ports.put(s, freePort());
                instance.start(s);
            }
        }
        return instance;
    }

    private void routes() {
        routes.put("school", Map.of(
                "/v1/areas/{area}", "area.json",
                "/v1/areas/{area}/networks", "networks.json",
                "/v1/areas/{area}/staff", "staff.json",
                "/v1/areas/{area}/summary?academicYear=2566", "school-summary.json",
                "/v1/national/enrolment?academicYear=2566&page=0&size=500", "national-enrolment.json",
                "/v1/areas", "national-areas.json"));
        routes.put("assessment", Map.of(
                "/v1/areas/{area}/tests?academicYear=2565", "tests.json",
                "/v1/areas/{area}/evaluations?fiscalYear=2566", "evaluations.json",
                // the national roll-ups of three made-up areas; the tests' come in pages of 3 rows
                "/v1/national/tests?academicYear=2565&page=0&size=500", "national-tests.json",
                "/v1/national/tests?academicYear=2565&page=1&size=3", "national-tests-page-1.json",
                "/v1/national/ita?fiscalYear=2566&page=0&size=500", "national-ita.json"));
        routes.put("budget", Map.of("/v1/areas/{area}/budget?fiscalYear=2566", "budget.json",
                "/v1/national/budget?fiscalYear=2566&page=0&size=500", "national-budget.json"));
        routes.put("project", Map.of(
                "/v1/areas/{area}/projects/summary?fiscalYear=2566", "projects-summary.json",
                "/v1/areas/{area}/projects?fiscalYear=2566&size=500", "projects.json",
                "/v1/areas/{area}/strategic-plan/2566", "strategic-plan.json",
                "/v1/national/projects?fiscalYear=2566&page=0&size=500", "national-projects.json"));
    }

    public String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    public synchronized void start(String service) {
        if (servers.containsKey(service)) {
            return;
        }
        HttpServer server = vertx.createHttpServer().requestHandler(req -> {
            String uri = req.uri();
            Matcher m = AREA.matcher(uri);
            String area = m.find() ? m.group(1) : "";
            String key = m.replaceFirst("/v1/areas/{area}");
            log.add(service + " " + uri);
            String auth = req.getHeader("Authorization");
            if (auth != null) {
                authorizations.add(service + " " + auth);
            }
            if (silent.contains(area + " " + service)) {
                return;
            }
            Gate gate = gates.get(area);
            if (gate != null && gate.hold(() -> answer(req, service, area, key))) {
                return;
            }
            answer(req, service, area, key);
        });
        try {
            server.listen(ports.get(service), "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the " + service + " stub", e);
        }
        servers.put(service, server);
    }

    private void answer(HttpServerRequest req, String service, String area, String key) {
        String override = area + " " + service + " " + key;
        Integer status = statuses.get(override);
        if (status == null) {
            status = statuses.get("* " + service + " *");
        }
        if (status != null) {
            req.response().setStatusCode(status).putHeader("Content-Type", "application/problem+json")
                    .end("{\"title\":\"stub failure\",\"status\":" + status + "}");
            return;
        }
        String file = routes.get(service).get(key);
        if (area.equals("9999") || file == null) {
            req.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                    .end("{\"title\":\"Not found\",\"status\":404}");
            return;
        }
        String body = bodies.getOrDefault(override, fixture(file));
        if (key.equals("/v1/areas/{area}")) {
            // school-service answers an area's profile with its version as the ETag (the other summaries send none)
            req.response().putHeader("ETag", "\"" + AREA_VERSION + "\"");
        }
        req.response().putHeader("Content-Type", "application/json").end(body);
    }

    public synchronized void stop(String service) {
        HttpServer s = servers.remove(service);
        if (s != null) {
            try {
                s.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Makes {@code service} answer {@code path} (area replaced by {area}) for {@code area} with {@code body}. */
    public void answer(String area, String service, String path, String body) {
        bodies.put(area + " " + service + " " + path, body);
    }

    /** Makes {@code service} answer every request with {@code status}; null restores it. */
    public void fail(String service, Integer status) {
        if (status == null) {
            statuses.remove("* " + service + " *");
        } else {
            statuses.put("* " + service + " *", status);
        }
    }

    /** Holds the requests for {@code area} until {@code n} of them wait at once (or 5 s passed), then answers them all. */
    public void gate(String area, int n) {
        gates.put(area, new Gate(n));
    }

    /** The most requests for {@code area} that were waiting at the same time behind its gate. */
    public int mostAtOnce(String area) {
        return gates.get(area).most;
    }

    /** Makes {@code service} accept the requests for {@code area} and never answer them; false restores it. */
    public void silent(String area, String service, boolean silent) {
        if (silent) {
            this.silent.add(area + " " + service);
        } else {
            this.silent.remove(area + " " + service);
        }
    }

    private final class Gate {
        private final int n;
        private final List<Runnable> waiting = new ArrayList<>();
        private int most;
        private boolean opened;

        Gate(int n) {
            this.n = n;
        }

        /** Parks {@code answer}; false once the gate has opened (later requests are answered at once). */
        synchronized boolean hold(Runnable answer) {
            if (opened) {
                return false;
            }
            waiting.add(answer);
            most = Math.max(most, waiting.size());
            if (waiting.size() >= n) {
                open();
            } else if (waiting.size() == 1) {
                vertx.setTimer(5000, t -> open());
            }
            return true;
        }

        private synchronized void open() {
            opened = true;
            waiting.forEach(Runnable::run);
            waiting.clear();
        }
    }

    public long hits(String service, String area) {
        return log.stream().filter(l -> l.startsWith(service + " /v1/areas/" + area)).count();
    }

    /** "service path?query" of every request so far. */
    public List<String> requests() {
        return List.copyOf(log);
    }

    /** "service Authorization-header" of every request that carried one. */
    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    public static String fixture(String file) {
        try (InputStream in = StubUpstreams.class.getResourceAsStream("/fixtures/5602/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
