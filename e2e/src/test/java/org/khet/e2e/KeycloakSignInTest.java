package org.khet.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The console's production sign-in against a real Keycloak, on the demo stack the other e2e tests share (its gateway
 * and services trust the stack's Keycloak realm beside the dev key: {@link Stack}). The console's client issues access
 * tokens that live {@link #LIFESPAN} (production: Keycloak's 5 minutes), and the console refreshes them 5 s before
 * they expire, so that one short wait shows what happens when they do:
 * <ul>
 * <li>a page of the console, not signed in, is Keycloak's sign-in page in the console's language (Thai first, although
 * the browser asks for English), and the development sign-in is off;</li>
 * <li>a second area officer signs in, and an administrator then ends her sessions at Keycloak (its admin REST API);</li>
 * <li>the area officer signs in, lands on the round board (figures the gateway and school-service gave for the
 * Keycloak token) with her name, not Keycloak's UUID, and sends a school's figures: the school's history names her;</li>
 * <li>after the wait, when every token issued so far has expired: her next page still works, because the console
 * refreshed her token at Keycloak (Keycloak's event, and a new session cookie); the second officer's next htmx request
 * gets {@code HX-Redirect} to the sign-in page, and her next page is Keycloak's sign-in page;</li>
 * <li>switched to English, she signs out: Keycloak's session ends too, and its sign-in page is in English.</li>
 * </ul>
 * Screenshots under {@code target/screenshots/}.
 */
@ExtendWith(DemoStack.class)
class KeycloakSignInTest {
    static final String AREA = "5602";
    /** Not WebConsoleTest's school: each test's round and figures are its own. */
    static final String SCHOOL = "1056020003";
    /** The console client's access-token lifespan in this test (the realm's default stays 5 minutes). */
    static final Duration LIFESPAN = Duration.ofSeconds(20);
    static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    static Stack stack;
    static Keycloak keycloak;
    static String console;
    static String roundId;
    static WebDriver driver;
    static WebDriverWait wait;

    @BeforeAll
    static void startKeycloakAndAConsoleSigningInThroughIt() throws Exception {
        stack = DemoStack.stack();
        int port = Stack.freePort();
        console = "http://127.0.0.1:" + port;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        keycloak = Keycloak.start(stack.keycloakPort, console, secret, LIFESPAN, stack.work.resolve("keycloak.log"));
        System.out.printf("Keycloak ready in %.1f s (load average %.2f)%n", keycloak.startMillis / 1000.0,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        stack.startConsole("web-oidc", port, Map.of("KHET_OIDC_ENABLED", "true",
                "KHET_OIDC_AUTH_SERVER_URL", Keycloak.issuer(stack.keycloakPort), "KHET_OIDC_CLIENT_ID", Keycloak.CLIENT,
                "KHET_OIDC_CLIENT_SECRET", secret,
                // refreshed 5 s before it expires (production: a minute before Keycloak's 5 minutes)
                "QUARKUS_OIDC_TOKEN_REFRESH_TOKEN_TIME_SKEW", "5S",
                // asked for, and off all the same: with OIDC on there is no development sign-in
                "KHET_WEB_DEV_SIGNIN", "true", "KHET_WEB_DEV_KEYS", stack.keys.toString()));

        // a round of the area for the board (the e2e demo load opens none); round 2 of 2568: WebConsoleTest has round 1
        String officer = stack.token("keycloak-e2e", "area-officer", List.of(AREA));
        LocalDate today = LocalDate.now();
        JsonNode round = WebConsoleTest.JSON.readTree(stack.call("POST", "/api/v1/collection-rounds", officer, """
                {"kind":"enrolment","academicYear":2568,"round":2,"snapshotDate":"2025-11-10","opensOn":"%s",
                 "closesOn":"%s","areaCode":"%s"}""".formatted(today.minusDays(1), today.plusDays(30), AREA), 201));
        roundId = round.path("id").asText();
        stack.call("POST", "/api/v1/collection-rounds/" + roundId + "/open", officer, null, 200);

        driver = WebConsoleTest.chromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    @AfterAll
    static void stopThem() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void signInThroughKeycloakStaySignedInWhileItsSessionLivesAndSignOut() throws Exception {
        long t0 = System.currentTimeMillis();
        // the development sign-in is off: its form posts nothing into a session, and /signin is the provider's
        HttpResponse<String> dev = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(console + "/signin"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("role=obec-admin&org=obec")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, dev.statusCode());
        assertTrue(dev.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("khet_session=")),
                "no dev session: " + dev.headers().allValues("Set-Cookie"));
        HttpResponse<String> signin = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(console + "/signin"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, signin.statusCode(), "the code flow starts: " + signin.body());
        String auth = signin.headers().firstValue("Location").orElseThrow();
        assertTrue(auth.startsWith(Keycloak.issuer(stack.keycloakPort) + "/protocol/openid-connect/auth?"), auth);
        assertTrue(auth.contains("&ui_locales=th") || auth.contains("?ui_locales=th"), "Keycloak's page asked for in Thai: " + auth);

        // --- a second area officer signs in; then an administrator ends her sessions at Keycloak
        driver.get(console + "/areas/" + AREA);
        keycloakSignInPage("th");
        System.out.println("the browser asks for " + ((ChromeDriver) driver).executeScript("return navigator.languages"));
        screenshot("keycloak-signin");
        signInAs("area-5602-b");
        board();
        Set<Cookie> revoked = driver.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                .collect(Collectors.toSet());
        assertFalse(revoked.isEmpty(), "her session cookie");
        keycloak.endSessions(keycloak.userId("area-5602-b"));
        long ended = System.currentTimeMillis();

        // --- the area officer signs in at the page asked for: the board of the round, 131 schools expected (the demo's
        // register), read by the gateway and school-service with Keycloak's access token; her name, not a UUID
        clearCookies();
        driver.get(console + "/areas/" + AREA);
        keycloakSignInPage("th");
        signInAs("area-5602");
        WebElement total = board();
        long signedIn = System.currentTimeMillis();
        assertEquals(console + "/areas/" + AREA, driver.getCurrentUrl());
        assertEquals("131", total.findElement(By.className("expected")).getText());
        assertEquals("0", total.findElement(By.className("submitted")).getText());
        String who = driver.findElement(By.className("who")).getText();
        assertTrue(who.contains("สมชาย ใจดี") && who.contains(AREA), "her name and org unit from the token: " + who);
        assertFalse(UUID.matcher(who).find(), who);
        assertFalse(driver.findElements(By.cssSelector("table.findings tr")).isEmpty(), "the year's findings, from report-service");
        assertNull(driver.manage().getCookieNamed("khet_session"), "no dev session cookie");
        String firstSession = sessionCookie();
        assertFalse(firstSession.isEmpty(), "the code flow's session cookie (Quarkus's, encrypted; in chunks when long)");
        screenshot("keycloak-board");

        // she sends a school's figures through the console (area officers may): school-service records her by name
        String template = stack.call("GET", "/api/v1/areas/" + AREA + "/templates/enrolment?academicYear=2568&round=2&school="
                + SCHOOL + "&format=csv", stack.token("keycloak-e2e", "area-officer", List.of(AREA)), null, 200);
        List<List<String>> lines = WebConsoleTest.csv(template.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> header = lines.get(0);
        List<List<String>> filled = new ArrayList<>(List.of(header));
        for (List<String> l : lines.subList(1, lines.size())) {
            List<String> line = new ArrayList<>(l);
            line.set(WebConsoleTest.column(header, "boys"), "10");
            line.set(WebConsoleTest.column(header, "girls"), "10");
            line.set(WebConsoleTest.column(header, "classrooms"), "1");
            filled.add(line);
        }
        driver.get(console + "/rounds/" + roundId + "/schools/" + SCHOOL);
        WebConsoleTest.upload(driver, wait, filled, "keycloak-" + SCHOOL + ".csv");
        wait.until(d -> "submitted".equals(d.findElement(By.id("status")).getAttribute("data-status")));
        driver.get(console + "/schools/" + SCHOOL + "/history");
        WebElement submitted = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "article.round-history[data-round='" + roundId + "'] tr.transition[data-action='submit']")));
        String by = submitted.findElements(By.tagName("td")).get(1).getText();
        assertEquals("สมชาย ใจดี (area-officer @ " + AREA + ")", by, "the audit trail names her, not Keycloak's subject");
        screenshot("keycloak-history");

        // --- one wait: every access token issued so far has expired
        long until = signedIn + LIFESPAN.toMillis() + 2_000;
        long waited = Math.max(0, until - System.currentTimeMillis());
        Thread.sleep(waited);

        // her next page still works: the console refreshed her token at Keycloak, and keeps the new one in its session
        driver.get(console + "/areas/" + AREA);
        assertEquals("131", board().findElement(By.className("expected")).getText());
        assertEquals("1", board().findElement(By.className("submitted")).getText());
        List<Long> refreshes = keycloakEvent("REFRESH_TOKEN", keycloak.userId("area-5602"), signedIn);
        assertTrue(refreshes.stream().anyMatch(t -> t > signedIn), "Keycloak refreshed her token for the console: " + refreshes);
        assertNotEquals(firstSession, sessionCookie(), "the session holds the refreshed tokens");

        // the second officer's provider session was ended: her token cannot be refreshed, so an htmx request is told to
        // load the sign-in page whole (no redirect to another origin for a script to follow) ...
        String cookies = revoked.stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
        HttpResponse<String> htmx = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(console + "/areas/" + AREA))
                .header("Cookie", cookies).header("HX-Request", "true").header("HX-Current-URL", console + "/areas/" + AREA)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(499, htmx.statusCode(), htmx.headers() + " " + htmx.body());
        assertEquals("/signin?next=%2Fareas%2F" + AREA, htmx.headers().firstValue("HX-Redirect").orElse(null), htmx.headers().toString());
        assertTrue(keycloakEvent("REFRESH_TOKEN_ERROR", null, ended).stream().anyMatch(t -> t > ended),
                "Keycloak refused to refresh the ended session");

        // --- switched to English, she signs out: Keycloak's session ends too, and its sign-in page speaks English
        driver.findElement(By.cssSelector("header a[lang='en']")).click();
        wait.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        driver.findElement(By.cssSelector("form[action='/signout'] button")).click();
        keycloakSignInPage("en");
        screenshot("keycloak-signed-out-en");
        assertEquals(0, driver.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session")).count(),
                "the console's session is gone");
        driver.get(console + "/areas/" + AREA);
        keycloakSignInPage("en");
        assertTrue(driver.findElements(By.cssSelector("#round-" + roundId)).isEmpty());

        // ... and in a browser, her next page is Keycloak's sign-in page (Thai: her browser has no language cookie)
        clearCookies();
        for (Cookie c : revoked) {
            driver.manage().addCookie(new Cookie(c.getName(), c.getValue(), "/"));
        }
        driver.get(console + "/areas/" + AREA);
        keycloakSignInPage("th");
        assertTrue(driver.findElements(By.cssSelector("#round-" + roundId)).isEmpty(), "not the board");
        System.out.printf("KeycloakSignInTest: %.1f s after Keycloak was ready, of which %.1f s waiting for the tokens "
                + "to expire (load average %.2f)%n", (System.currentTimeMillis() - t0) / 1000.0, waited / 1000.0,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The times of Keycloak's events of a type (for a user, or any) once one is later than {@code after}, or after 10 s. */
    static List<Long> keycloakEvent(String type, String userId, long after) throws Exception {
        List<Long> times = List.of();
        for (int i = 0; i < 20; i++) {
            times = keycloak.events(type, userId);
            if (times.stream().anyMatch(t -> t > after)) {
                break;
            }
            Thread.sleep(500);
        }
        return times;
    }

    /** The console's session cookie as the browser holds it (its chunks joined). */
    static String sessionCookie() {
        return driver.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                .sorted(java.util.Comparator.comparing(Cookie::getName)).map(Cookie::getValue).collect(Collectors.joining());
    }

    /** Every cookie of the browser, the console's and Keycloak's (which live under the realm's path). */
    static void clearCookies() {
        ((ChromeDriver) driver).executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    static void signInAs(String user) {
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-pw");
        driver.findElement(By.id("kc-login")).click();
    }

    /** The round board's whole-area row of this test's round. */
    static WebElement board() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#round-" + roundId + " tr[data-group='total']")));
    }

    /** Keycloak's sign-in form of the realm (not the console's page), in {@code lang}. */
    static void keycloakSignInPage(String lang) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(driver.getCurrentUrl().startsWith(Keycloak.issuer(stack.keycloakPort) + "/"), driver.getCurrentUrl());
        assertEquals(lang, driver.findElement(By.tagName("html")).getAttribute("lang"), driver.getCurrentUrl());
        assertEquals(lang.equals("th") ? "เข้าสู่ระบบด้วยบัญชีของคุณ" : "Sign in to your account",
                driver.findElement(By.id("kc-page-title")).getText().strip());
    }

    static void screenshot(String name) {
        WebConsoleTest.screenshot(driver, name + ".png");
    }
}
