package org.khet.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The console's production sign-in against a real Keycloak, on the demo stack the other e2e tests share (its gateway
 * and services trust the stack's Keycloak realm beside the dev key: {@link Stack}): a console with OIDC on (and its
 * development sign-in asked for too, which OIDC turns off) sends the browser to Keycloak's sign-in page; the area
 * officer signs in there and lands on the round board, whose figures the gateway and school-service gave for the
 * Keycloak access token; signing out ends Keycloak's session and the console's, and a page asked for after it leads
 * to Keycloak's sign-in page again. Screenshots under {@code target/screenshots/}.
 */
@ExtendWith(DemoStack.class)
class KeycloakSignInTest {
    static final String AREA = "5602";

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
        keycloak = Keycloak.start(stack.keycloakPort, console, secret, stack.work.resolve("keycloak.log"));
        System.out.printf("Keycloak ready in %.1f s (load average %.2f)%n", keycloak.startMillis / 1000.0,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        stack.startConsole("web-oidc", port, Map.of("KHET_OIDC_ENABLED", "true",
                "KHET_OIDC_AUTH_SERVER_URL", Keycloak.issuer(stack.keycloakPort), "KHET_OIDC_CLIENT_ID", Keycloak.CLIENT,
                "KHET_OIDC_CLIENT_SECRET", secret,
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
    void signInThroughKeycloakSeeTheBoardAndSignOut() throws Exception {
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
        assertTrue(signin.headers().firstValue("Location").orElseThrow()
                .startsWith(Keycloak.issuer(stack.keycloakPort) + "/protocol/openid-connect/auth?"), signin.headers().toString());

        // a page of the console, not signed in: Keycloak's sign-in page
        driver.get(console + "/areas/" + AREA);
        keycloakSignInPage();
        screenshot("keycloak-signin");
        driver.findElement(By.id("username")).sendKeys("area-5602");
        driver.findElement(By.id("password")).sendKeys("area-5602-pw");
        driver.findElement(By.id("kc-login")).click();

        // back on the console, at the page asked for: the board of the round, 131 schools expected (the demo's
        // register), read by the gateway and school-service with Keycloak's access token
        WebElement total = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#round-" + roundId + " tr[data-group='total']")));
        assertEquals(console + "/areas/" + AREA, driver.getCurrentUrl());
        assertEquals("131", total.findElement(By.className("expected")).getText());
        assertEquals("0", total.findElement(By.className("submitted")).getText());
        String who = driver.findElement(By.className("who")).getText();
        assertTrue(who.contains("area-5602") && who.contains(AREA), "the user name and org unit from the token: " + who);
        assertFalse(driver.findElements(By.cssSelector("table.findings tr")).isEmpty(), "the year's findings, from report-service");
        assertNull(driver.manage().getCookieNamed("khet_session"), "no dev session cookie");
        assertTrue(sessionCookies() > 0, "the code flow's session cookie (Quarkus's, encrypted; in chunks when long)");
        screenshot("keycloak-board");

        // sign out: Keycloak's session ends too, so the console's /signin after it shows Keycloak's page, not the board
        driver.findElement(By.cssSelector("form[action='/signout'] button")).click();
        keycloakSignInPage();
        screenshot("keycloak-signed-out");
        assertEquals(0, sessionCookies(), "the console's session is gone");
        driver.get(console + "/areas/" + AREA);
        keycloakSignInPage();
        assertTrue(driver.findElements(By.cssSelector("#round-" + roundId)).isEmpty());
        System.out.printf("KeycloakSignInTest: %.1f s after Keycloak was ready%n", (System.currentTimeMillis() - t0) / 1000.0);
    }

    static long sessionCookies() {
        return driver.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session")).count();
    }

    /** Keycloak's sign-in form of the realm (not the console's page). */
    static void keycloakSignInPage() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertTrue(driver.getCurrentUrl().startsWith(Keycloak.issuer(stack.keycloakPort) + "/"), driver.getCurrentUrl());
    }

    static void screenshot(String name) {
        WebConsoleTest.screenshot(driver, name + ".png");
    }
}
