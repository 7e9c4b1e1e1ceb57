package org.khet.devstack.demo;

import org.khet.devstack.DevTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a demo dataset through the public API (the gateway), as an office would: the steps of
 * {@code load.tsv} in the dataset folder, in order. Every request carries an obec-admin dev token and an
 * {@code Idempotency-Key} made from the content, so loading twice changes nothing.
 * <p>
 * {@code load.tsv}, one step a line (tab-separated; # comments):
 * <ul>
 *   <li>{@code SEND  METHOD  /api/v1/path  file  content-type} — the whole file as one request body;</li>
 *   <li>{@code EACH  METHOD  /api/v1/path/{field}  file.jsonl  [exists-ok]} — every line of a JSON-lines file as
 *   one JSON request, {@code {field}} taken from the line's top-level field of that name; with {@code exists-ok}
 *   a 409 (the record was created by an earlier load) counts as already loaded;</li>
 *   <li>{@code WAIT  service  /path} — until that service answers 200 on the path directly (a replica has caught
 *   up); the service's address is {@code KHET_<SERVICE>_URL} from the environment, as for the gateway, by
 *   default {@code http://127.0.0.1:808x}.</li>
 *   <li>{@code RITUAL  kind  academicYear  round  snapshotDate  opensOn  area  feed  late} — a collection round taken
 *   through the schools' ritual ({@link DemoRitual}) as the area's officer, each school's officer and director; it
 *   needs the dev keys to mint their tokens, and is skipped (said so) by a loader given one token only.</li>
 * </ul>
 * Usage: {@code DemoLoader <dataset-dir> <gateway-url> [keys-dir]}.
 */
public final class DemoLoader {
    private static final Pattern FIELD = Pattern.compile("\\{(\\w+)}");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * How long a request through the gateway may take: longer than the gateway's own wait for a feed upload (10 min,
     * {@code khet.gateway.feed-timeout}), so that the loader sees the gateway's answer — the feed's, or a 504 it tries
     * again — rather than giving up on a national feed still being read.
     */
    static final Duration ANSWER_TIMEOUT = Duration.ofMinutes(11);
    private final String gateway;
    private final String token;
    private int sent;
    private int unchanged;

    private final java.util.function.Function<String, String> serviceUrls;
    private final DemoRitual.Tokens tokens;

    public DemoLoader(String gateway, String token, java.util.function.Function<String, String> serviceUrls) {
        this(gateway, token, serviceUrls, null);
    }

    /** @param tokens mints the ritual's callers' tokens (area officer, school officers, directors); null skips it */
    DemoLoader(String gateway, String token, java.util.function.Function<String, String> serviceUrls,
               DemoRitual.Tokens tokens) {
        this.gateway = gateway.replaceAll("/$", "");
        this.token = token;
        this.serviceUrls = serviceUrls;
        this.tokens = tokens;
    }

    /** {@code KHET_<SERVICE>_URL}, or the port ./khet gives the service. */
    static String defaultUrl(String service) {
        String env = System.getenv("KHET_" + service.toUpperCase(java.util.Locale.ROOT) + "_URL");
        if (env != null && !env.isBlank()) {
            return env;
        }
        int port = switch (service) {
            case "school" -> 8081;
            case "assessment" -> 8082;
            case "budget" -> 8083;
            case "project" -> 8084;
            case "report" -> 8085;
            default -> throw new StepFailed("unknown service '" + service + "'");
        };
        return "http://127.0.0.1:" + port;
    }

    public int sent() {
        return sent;
    }

    public int unchanged() {
        return unchanged;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: DemoLoader <dataset-dir> <gateway-url> [keys-dir]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        Path keys = Path.of(args.length > 2 ? args[2] : DevTokens.DEFAULT_KEYS);
        java.security.PrivateKey key = DevTokens.ensureKeys(keys);
        String token = DevTokens.mint(key, DevTokens.DEFAULT_ISSUER, DevTokens.DEFAULT_AUDIENCE,
                "demo-loader", "obec-admin", List.of("obec"), 3600);
        DemoLoader loader = new DemoLoader(args[1], token, DemoLoader::defaultUrl, (sub, role, org) -> DevTokens.mint(key,
                DevTokens.DEFAULT_ISSUER, DevTokens.DEFAULT_AUDIENCE, sub, role, List.of(org), 3600));
        try {
            loader.run(dir);
        } catch (StepFailed e) {
            System.err.println("demo data: " + e.getMessage());
            System.exit(1);
        }
        // a PUT of what is stored already answers 200 too (and changes nothing): "accepted", not "stored"
        System.out.printf("demo data loaded from %s: %d requests accepted, %d more recognised as already loaded%n",
                dir, loader.sent, loader.unchanged);
    }

    public void run(Path dir) throws IOException, InterruptedException {
        for (Path manifest : manifests(dir)) {
            Path base = manifest.getParent();
            int lineNo = 0;
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String where = dir.relativize(manifest) + ":" + lineNo;
                switch (f[0]) {
                    case "SEND" -> send(where, f[1], f[2], Files.readAllBytes(base.resolve(f[3])), f[4], false);
                    case "EACH" -> {
                        for (String json : Files.readAllLines(base.resolve(f[3]), StandardCharsets.UTF_8)) {
                            if (!json.isBlank()) {
                                send(where, f[1], fill(f[2], json), json.getBytes(StandardCharsets.UTF_8), "application/json",
                                        f.length > 4 && f[4].equals("exists-ok"));
                            }
                        }
                    }
                    case "WAIT" -> await(where, serviceUrls.apply(f[1]).replaceAll("/$", "") + f[2]);
                    case "RITUAL" -> ritual(where, f, base);
                    default -> throw new StepFailed(where + ": unknown step '" + f[0] + "'");
                }
            }
            System.out.println("  loaded " + dir.relativize(base));
        }
    }

    /** {@code load.tsv} of the dataset folder, or of each sub-folder in the order of {@code order.txt}. */
    static List<Path> manifests(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        Path order = dir.resolve("order.txt");
        if (Files.exists(order)) {
            for (String sub : Files.readAllLines(order, StandardCharsets.UTF_8)) {
                if (!sub.isBlank() && !sub.startsWith("#")) {
                    out.add(dir.resolve(sub.strip()).resolve("load.tsv"));
                }
            }
        } else {
            out.add(dir.resolve("load.tsv"));
        }
        return out;
    }

    private void ritual(String where, String[] f, Path base) throws IOException, InterruptedException {
        if (tokens == null) {
            System.out.println("  " + where + ": the collection-round ritual is skipped (it needs the dev keys to act "
                    + "as schools and directors)");
            return;
        }
        DemoRitual ritual = new DemoRitual((method, path, as, contentType, body) -> {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(ANSWER_TIMEOUT)
                    .header("Authorization", "Bearer " + as).header("Accept", "application/json")
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                // a feed sent again with the same content is a replay: it changes and publishes nothing
                b.header("Content-Type", contentType).header("Idempotency-Key", "demo-" + sha256(method, path, body));
            }
            HttpResponse<String> r = retrying(b.build());
            return new DemoRitual.Answer(r.statusCode(), r.body());
        }, tokens);
        try {
            ritual.run(where, f, base);
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            // the demo's figures are loaded by now; a ritual that fails leaves them as they are and says why
            System.out.println("  " + where + ": the collection-round ritual stopped after " + ritual.steps()
                    + " steps: " + e.getMessage());
        }
        sent += ritual.steps();
    }

    static String fill(String path, String json) {
        Matcher m = FIELD.matcher(path);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            Matcher v = Pattern.compile("\"" + m.group(1) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
            if (!v.find()) {
                throw new StepFailed("field '" + m.group(1) + "' is not in " + json);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(v.group(1)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private void send(String where, String method, String path, byte[] body, String contentType, boolean existsOk)
            throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(ANSWER_TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType)
                .header("Accept", "application/json")
                .header("Idempotency-Key", "demo-" + sha256(method, path, body))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        HttpResponse<String> resp = retrying(req);
        int s = resp.statusCode();
        if (s == 202) {
            // a feed above the service's async-rows runs as a job (the national dataset's): wait for its end
            awaitJob(where, method + " " + path, resp);
            sent++;
            return;
        }
        boolean replayed = s == 200 && (resp.body().contains("\"duplicate\":true") || resp.body().contains("\"replayed\":true"));
        if (replayed || s == 304 || s == 409 && existsOk) {
            unchanged++;
        } else if (s >= 200 && s < 300) {
            sent++;
        } else {
            throw new StepFailed(where + ": " + method + " " + path + " answered " + s + ": " + resp.body());
        }
    }

    /** The services may still be starting, or the gateway's rate limit may bite: 429 and 502–504 are tried again for a minute. */
    private HttpResponse<String> retrying(HttpRequest req) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            try {
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                boolean again = r.statusCode() == 429 || r.statusCode() >= 502 && r.statusCode() <= 504;
                if (!again || System.currentTimeMillis() > deadline) {
                    return r;
                }
                if (r.statusCode() == 429) {
                    // the gateway's rate limit: wait as long as it asks
                    long wait = r.headers().firstValue("Retry-After").map(Long::parseLong).orElse(1L);
                    Thread.sleep(wait * 1000);
                    continue;
                }
            } catch (java.net.ConnectException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new StepFailed("cannot reach " + req.uri() + ": is ./khet up running?");
                }
            }
            Thread.sleep(500);
        }
    }

    /** Polls a feed job's address until it succeeded; a failed job stops the load with its problem. */
    private void awaitJob(String where, String request, HttpResponse<String> accepted) throws IOException, InterruptedException {
        String location = accepted.headers().firstValue("Location")
                .orElseThrow(() -> new StepFailed(where + ": " + request + " answered 202 without a Location"));
        URI job = URI.create(gateway + "/").resolve(location);
        HttpRequest poll = HttpRequest.newBuilder(job).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        long deadline = System.currentTimeMillis() + 3_600_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> r = retrying(poll);
            String body = r.body();
            if (r.statusCode() == 200 && body.contains("\"status\":\"succeeded\"")) {
                return;
            }
            if (r.statusCode() != 200 || body.contains("\"status\":\"failed\"")) {
                throw new StepFailed(where + ": " + request + " (job " + job + ") answered " + r.statusCode() + ": " + body);
            }
            Thread.sleep(1000);
        }
        throw new StepFailed(where + ": " + request + " (job " + job + ") did not end within an hour");
    }

    private void await(String where, String url) throws IOException, InterruptedException {
        // ten minutes: the national dataset's replicas take a while to read ~29,000 schools' events on a small machine
        await(where, url, Duration.ofSeconds(10), Duration.ofMinutes(10));
    }

    /**
     * Asks {@code url} until it answers 200, each request waiting at most {@code perRequest}: a service that does not
     * answer in time (busy applying a national feed's events on a loaded machine), refuses the connection (not up yet)
     * or answers anything else is asked again, until {@code overall} has passed.
     */
    void await(String where, String url, Duration perRequest, Duration overall) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + overall.toNanos();
        HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(perRequest)
                .header("Authorization", "Bearer " + token).GET().build();
        String last = "no answer";
        while (true) {
            try {
                int status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 200) {
                    return;
                }
                last = "answered " + status;
            } catch (java.net.http.HttpTimeoutException e) {
                last = "did not answer within " + perRequest.toMillis() + " ms";
            } catch (java.net.ConnectException e) {
                last = "refused the connection";
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new StepFailed(where + ": " + url + " did not answer 200 within " + overall.toSeconds() + " s (last: "
                        + last + ")");
            }
            Thread.sleep(250);
        }
    }

    static String sha256(String method, String path, byte[] body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            md.update(body);
            return HexFormat.of().formatHex(md.digest()).substring(0, 32);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final class StepFailed extends RuntimeException {
        StepFailed(String message) {
            super(message);
        }
    }
}
