package org.khet.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The dev token issuer behind {@code ./khet token}: keeps an RSA key pair under a directory (made once) and mints
 * RS256 JWTs that the gateway and the services accept with their default {@code khet.security.*} settings.
 * JDK only, so it runs from {@code devstack/target/classes} without any other jar.
 * <pre>
 * java -cp devstack/target/classes org.khet.devstack.DevTokens [--keys .khet/keys] --role area-officer --org 5602
 *      [--sub somchai] [--ttl 480] [--issuer https://khet.local/dev] [--audience khet]
 * java -cp devstack/target/classes org.khet.devstack.DevTokens [--keys .khet/keys] --init
 * </pre>
 * The token alone goes to stdout; anything else to stderr.
 */
public final class DevTokens {
    public static final String DEFAULT_KEYS = ".khet/keys";
    public static final String DEFAULT_ISSUER = "https://khet.local/dev";
    public static final String DEFAULT_AUDIENCE = "khet";
    public static final String PUBLIC_KEY_FILE = "dev-public.pem";
    public static final String PRIVATE_KEY_FILE = "dev-private.pem";
    public static final String KEY_ID = "khet-dev";
    static final Set<String> ROLES = Set.of("obec-admin", "area-officer", "school-director", "school-officer", "viewer");

    private DevTokens() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--help") || a.equals("-h")) {
                usage(null);
            } else if (a.equals("--init")) {
                opts.put("init", "true");
            } else if (a.startsWith("--") && i + 1 < args.length) {
                opts.put(a.substring(2), args[++i]);
            } else {
                usage("unexpected argument '" + a + "'");
            }
        }
        Path keys = Path.of(opts.getOrDefault("keys", DEFAULT_KEYS));
        PrivateKey key = ensureKeys(keys);
        if (opts.containsKey("init")) {
            System.err.println("dev keys in " + keys.toAbsolutePath());
            return;
        }
        String role = opts.get("role");
        String org = opts.get("org");
        if (role == null || org == null) {
            usage("--role and --org are required");
        }
        if (!ROLES.contains(role)) {
            usage("unknown role '" + role + "' (one of " + String.join(", ", ROLES.stream().sorted().toList()) + ")");
        }
        long ttl;
        try {
            ttl = Long.parseLong(opts.getOrDefault("ttl", "480"));
        } catch (NumberFormatException e) {
            ttl = -1;
        }
        if (ttl <= 0) {
            usage("--ttl must be a positive number of minutes");
        }
        List<String> orgs = List.of(org.split(","));
        String sub = opts.getOrDefault("sub", role + "@" + orgs.get(0));
        System.out.println(mint(key, opts.getOrDefault("issuer", DEFAULT_ISSUER),
                opts.getOrDefault("audience", DEFAULT_AUDIENCE), sub, role, orgs, ttl * 60));
    }

    /** Creates the key pair under {@code dir} unless it exists; returns the private key. */
    public static PrivateKey ensureKeys(Path dir) throws Exception {
        Path priv = dir.resolve(PRIVATE_KEY_FILE);
        Path pub = dir.resolve(PUBLIC_KEY_FILE);
        if (!Files.exists(priv) || !Files.exists(pub)) {
            Files.createDirectories(dir);
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            KeyPair pair = gen.generateKeyPair();
            write(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), true);
            write(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()), false);
            System.err.println("created dev key pair in " + dir.toAbsolutePath());
        }
        String text = Files.readString(priv, StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text)));
    }

    /** An RS256 JWT with iss, aud, sub, groups (the role), org, iat, exp and jti. */
    public static String mint(PrivateKey key, String issuer, String audience, String sub, String role, List<String> orgs,
                              long ttlSeconds) throws Exception {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}";
        List<String> claims = new ArrayList<>();
        claims.add("\"iss\":" + json(issuer));
        claims.add("\"aud\":" + json(audience));
        claims.add("\"sub\":" + json(sub));
        claims.add("\"preferred_username\":" + json(sub));
        claims.add("\"groups\":[" + json(role) + "]");
        claims.add("\"org\":" + (orgs.size() == 1 ? json(orgs.get(0))
                : "[" + String.join(",", orgs.stream().map(DevTokens::json).toList()) + "]"));
        claims.add("\"iat\":" + now);
        claims.add("\"exp\":" + (now + ttlSeconds));
        claims.add("\"jti\":" + json(UUID.randomUUID().toString()));
        String payload = "{" + String.join(",", claims) + "}";
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signingInput = b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        Signature sig = Signature.getInstance("SHA256withRSA");
        sig.initSign(key);
        sig.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + b64.encodeToString(sig.sign());
    }

    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static void write(Path file, String text, boolean secret) throws IOException {
        Files.writeString(file, text, StandardCharsets.US_ASCII);
        if (secret) {
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: nothing to tighten
            }
        }
    }

    private static void usage(String error) {
        if (error != null) {
            System.err.println("error: " + error);
        }
        System.err.println("""
                usage: DevTokens [--keys DIR] --role ROLE --org CODE[,CODE...] [--sub NAME] [--ttl MINUTES]
                                 [--issuer ISS] [--audience AUD]
                       DevTokens [--keys DIR] --init
                  ROLE: obec-admin | area-officer | school-director | school-officer | viewer
                  DIR defaults to .khet/keys (dev-private.pem, dev-public.pem; created when missing)
                  TTL defaults to 480 minutes; the token alone is printed on stdout""");
        System.exit(error == null ? 0 : 2);
    }
}
