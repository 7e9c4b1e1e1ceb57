package org.khet.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The web console in a real browser (Debian's headless Chromium through its chromedriver) against the whole demo
 * stack, through the gateway's address only: the area officer's round board, a school officer's upload with one bad
 * row (the message at its row and column), the fixed upload with a warning acknowledged, the director's
 * certification, the area's acknowledgement, the school's history, the area's dashboard, OBEC's page of every area's
 * round and a viewer offered nothing that writes, and an edition of the report published and its PDF downloaded.
 * Screenshots of each page go to {@code target/screenshots/}.
 * <p>
 * The round is one of academic year 2568, which the demo has no figures of, opened by this test through the API
 * (the e2e demo load skips the collection-round ritual), so the seed's figures stay as they are.
 */
@ExtendWith(DemoStack.class)
class WebConsoleTest {
    static final Path SHOTS = Path.of("target/screenshots");
    static final String AREA = "5602";
    static final String SCHOOL = "1056020002";
    static final ObjectMapper JSON = new ObjectMapper();

    static Stack stack;
    static WebDriver driver;
    static WebDriverWait wait;
    static String roundId;
    static int shot;

    @BeforeAll
    static void openARoundAndABrowser() throws Exception {
        stack = DemoStack.stack();
        String officer = stack.token("web-e2e", "area-officer", List.of(AREA));
        LocalDate today = LocalDate.now();
        JsonNode round = JSON.readTree(call("POST", "/api/v1/collection-rounds", officer, """
                {"kind":"enrolment","academicYear":2568,"round":1,"snapshotDate":"2025-06-10","opensOn":"%s",
                 "closesOn":"%s","areaCode":"%s"}""".formatted(today.minusDays(1), today.plusDays(30), AREA), 201));
        roundId = round.path("id").asText();
        call("POST", "/api/v1/collection-rounds/" + roundId + "/open", officer, null, 200);

        driver = chromium();
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Debian's headless Chromium through its chromedriver, in Thai; screenshots go to {@link #SHOTS}. */
    static WebDriver chromium() throws java.io.IOException {
        Files.createDirectories(SHOTS);
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600",
                "--lang=th");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .build(), options);
    }

    @AfterAll
    static void closeTheBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void aRoundFromTheBoardThroughTheSchoolsRitualToAPublishedEdition() throws Exception {
        // --- the area officer's round board: 131 schools expected (the demo's register), none has sent anything yet
        signIn("area-officer", AREA);
        WebElement total = board();
        assertEquals("131", total.findElement(By.className("expected")).getText());
        assertEquals("0", total.findElement(By.className("submitted")).getText());
        assertEquals("0", total.findElement(By.className("acknowledged")).getText());
        assertTrue(driver.findElement(By.cssSelector("#round-" + roundId + " .missing summary")).getText().contains("131"));
        screenshot("area-board");

        // --- the school officer: the page of the school, then the round; the template as CSV through the console
        signIn("school-officer", SCHOOL);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("a[href='/rounds/" + roundId + "/schools/" + SCHOOL + "']")));
        screenshot("school");
        driver.findElement(By.cssSelector("a[href='/rounds/" + roundId + "/schools/" + SCHOOL + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload")));
        assertEquals("not-submitted", status());
        List<List<String>> template = csv(download("/rounds/" + roundId + "/schools/" + SCHOOL + "/template?format=csv"));
        List<String> header = template.get(0);
        int boys = column(header, "boys");
        int girls = column(header, "girls");
        int rooms = column(header, "classrooms");
        assertTrue(template.size() > 2, "a line per grade the school teaches: " + template);
        List<List<String>> filled = new ArrayList<>();
        filled.add(header);
        for (int i = 1; i < template.size(); i++) {
            List<String> line = new ArrayList<>(template.get(i));
            line.set(boys, "10");
            line.set(girls, "10");
            line.set(rooms, "1");
            filled.add(line);
        }
        // one bad row: the second grade's boys negative (the feed's row 3: the header is row 1)
        filled.get(2).set(boys, "-2");
        upload(filled, "bad.csv");
        screenshot("upload-refused");
        WebElement cell = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("tr.cell-error[data-row='3'][data-column='boys']")));
        assertFalse(cell.findElements(By.tagName("td")).get(3).getText().isBlank(), "the message at row 3, boys");
        assertEquals("not-submitted", status(), "a refused feed stores nothing");

        // fixed; and the first grade gets 45 pupils in one classroom: above the rule's 40, a warning at row 2
        filled.get(2).set(boys, "10");
        filled.get(1).set(boys, "25");
        filled.get(1).set(girls, "20");
        upload(filled, "fixed.csv");
        wait.until(d -> status().equals("submitted"));
        WebElement warning = driver.findElement(By.cssSelector("tr.warning[data-row='2'][data-column='classrooms']"));
        assertTrue(warning.getText().contains("45"), "45 pupils in one classroom: " + warning.getText());
        screenshot("submitted-with-warning");
        // every warning gets a reason (others may come from the change against the school's earlier round)
        for (WebElement reason : driver.findElements(By.cssSelector("#warnings input.reason"))) {
            reason.sendKeys("ห้องเรียนรวม ปีนี้ครูไม่พอ");
        }
        driver.findElement(By.cssSelector("#warnings button[type=submit]")).click();
        wait.until(d -> status().equals("warnings-acknowledged"));
        screenshot("warnings-acknowledged");
        assertTrue(driver.findElement(By.cssSelector("tr.warning[data-row='2'][data-column='classrooms'] .acked")).getText()
                .contains("ห้องเรียนรวม"), "the reason beside its warning");

        // --- the director certifies
        signIn("school-director", SCHOOL);
        driver.get(stack.gateway() + "/rounds/" + roundId + "/schools/" + SCHOOL);
        driver.findElement(By.id("certify")).click();
        wait.until(d -> status().equals("certified"));
        screenshot("certified");

        // --- the area acknowledges; the board counts the school
        signIn("area-officer", AREA);
        driver.get(stack.gateway() + "/rounds/" + roundId + "/schools/" + SCHOOL);
        driver.findElement(By.id("acknowledge")).click();
        wait.until(d -> status().equals("acknowledged"));
        screenshot("acknowledged");
        driver.get(stack.gateway() + "/areas/" + AREA);
        total = board();
        assertEquals("131", total.findElement(By.className("expected")).getText());
        assertEquals("1", total.findElement(By.className("submitted")).getText());
        assertEquals("1", total.findElement(By.className("certified")).getText());
        assertEquals("1", total.findElement(By.className("acknowledged")).getText());
        assertEquals("0", total.findElement(By.className("late")).getText());
        assertTrue(driver.findElement(By.cssSelector("#round-" + roundId + " .missing summary")).getText().contains("130"));
        screenshot("area-board-after");

        // --- the school's history (as the area): each status change with who and when, and the figures the feed sent
        driver.get(stack.gateway() + "/schools/" + SCHOOL + "/history");
        WebElement history = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("article.round-history[data-round='" + roundId + "']")));
        List<String> actions = history.findElements(By.cssSelector("tr.transition")).stream()
                .map(e -> e.getAttribute("data-action")).toList();
        assertTrue(actions.containsAll(List.of("submit", "acknowledge-warnings", "certify", "acknowledge")), actions.toString());
        WebElement certifiedBy = history.findElement(By.cssSelector("tr.transition[data-action='certify']"));
        assertTrue(certifiedBy.getAttribute("textContent").contains("school-director"), certifiedBy.getAttribute("textContent"));
        // the first grade's boys were first sent as 25: a figure change from nothing to 25
        assertTrue(history.findElements(By.cssSelector("tr.figure-change")).stream().anyMatch(r ->
                r.getAttribute("data-figure").endsWith(".boys") && r.findElements(By.tagName("td")).get(4)
                        .getAttribute("textContent").equals("25")), "P?.boys: - → 25");
        screenshot("school-history");

        // --- the area's dashboard: every chart drawn from the demo's figures, each with its table; no read refused
        driver.get(stack.gateway() + "/areas/" + AREA + "/dashboard?fiscalYear=2566");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("projects")));
        assertEquals(List.of(), driver.findElements(By.cssSelector(".problem")).stream().map(WebElement::getText).toList());
        assertEquals("131", driver.findElement(By.cssSelector("#size-classes tr.total td.schools")).getText(),
                "the 131 schools of 10 June 2566 by size class");
        assertTrue(driver.findElements(By.cssSelector("svg.chart")).size() >= 5,
                "size classes, districts, at least one O-NET test, the budget curve, the projects");
        assertFalse(driver.findElements(By.cssSelector("table.onet tr[data-subject]")).isEmpty(), "O-NET subjects");
        assertFalse(driver.findElements(By.cssSelector("#curve tr[data-as-of]")).isEmpty(), "the budget's execution reports");
        screenshot("dashboard");

        // --- OBEC: every area's completeness of the round in one read; a viewer is offered no button that writes
        signIn("obec-admin", "obec");
        driver.get(stack.gateway() + "/national?kind=enrolment&academicYear=2568&round=1");
        WebElement area = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-area='" + AREA + "']")));
        assertEquals("131", area.findElement(By.className("expected")).getText());
        assertEquals("1", area.findElement(By.className("submitted")).getText());
        assertEquals("1", area.findElement(By.className("acknowledged")).getText());
        assertEquals("130", area.findElement(By.className("missing")).getText());
        assertFalse(area.findElements(By.cssSelector("a[href='/reports/" + AREA + "/2566']")).isEmpty(), "the area's report");
        screenshot("national");
        signIn("viewer", "obec");
        driver.get(stack.gateway() + "/rounds/" + roundId + "/schools/" + SCHOOL);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("read-only")));
        assertTrue(driver.findElements(By.cssSelector("#certify, #acknowledge, #reopen, #upload, #publish")).isEmpty());
        screenshot("viewer-submission");
        signIn("area-officer", AREA);

        // --- the report: publish an edition, download its PDF
        driver.get(stack.gateway() + "/reports/" + AREA + "/2566");
        int before = driver.findElements(By.cssSelector("tr[data-edition]")).size();
        screenshot("report");
        driver.findElement(By.cssSelector("#publish button")).click();
        wait.withTimeout(Duration.ofSeconds(180))
                .until(d -> d.findElements(By.cssSelector("tr[data-edition]")).size() == before + 1);
        screenshot("report-published");
        String pdfHref = driver.findElements(By.cssSelector("a.edition-pdf")).get(before).getAttribute("href");
        byte[] pdf = download(URI.create(pdfHref).getRawPath() + "?" + URI.create(pdfHref).getRawQuery());
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII), "the edition's PDF");
        Files.write(SHOTS.resolve("edition.pdf"), pdf);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    static void signIn(String role, String org) {
        driver.manage().deleteAllCookies();
        driver.get(stack.gateway() + "/signin");
        new Select(driver.findElement(By.id("role"))).selectByValue(role);
        WebElement o = driver.findElement(By.id("org"));
        o.clear();
        o.sendKeys(org);
        if (shot == 0) {
            screenshot("signin");
        }
        driver.findElement(By.cssSelector("#signin button[type=submit]")).click();
        // the home page of the role (htmx swaps it in; the address bar is not what is checked)
        wait.withMessage(() -> "signed in as " + role + " " + org + ": no session or no header at " + driver.getCurrentUrl()
                        + "\n" + driver.findElement(By.tagName("body")).getText())
                .until(d -> d.manage().getCookieNamed("khet_session") != null && !d.findElements(By.className("who")).isEmpty());
    }

    /** The round board's whole-area row of this test's round. */
    static WebElement board() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#round-" + roundId + " tr[data-group='total']")));
    }

    static String status() {
        List<WebElement> s = driver.findElements(By.id("status"));
        return s.isEmpty() ? "" : s.get(0).getAttribute("data-status");
    }

    /** Uploads the lines as a CSV file through the page's form. */
    static void upload(List<List<String>> lines, String name) throws Exception {
        upload(driver, wait, lines, name);
    }

    /** Uploads the lines as a CSV file through the form of the page {@code driver} shows. */
    static void upload(WebDriver driver, WebDriverWait wait, List<List<String>> lines, String name) throws Exception {
        Path file = Path.of("target").toAbsolutePath().resolve(name);
        StringBuilder b = new StringBuilder();
        for (List<String> l : lines) {
            List<String> q = l.stream().map(v -> v.matches("[^,\"\\r\\n]*") ? v : "\"" + v.replace("\"", "\"\"") + "\"").toList();
            b.append(String.join(",", q)).append("\r\n");
        }
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(file.toString());
        driver.findElement(By.cssSelector("#upload button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("upload-result")));
    }

    static void screenshot(String name) {
        screenshot(driver, String.format("%02d-%s.png", ++shot, name));
    }

    static void screenshot(WebDriver driver, String file) {
        try {
            File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(f.toPath(), SHOTS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        } catch (Exception e) {
            throw new IllegalStateException("screenshot " + file + ": " + e.getMessage(), e);
        }
    }

    /** GETs a console path with the browser's session cookie, through the gateway. */
    static byte[] download(String path) throws Exception {
        String cookie = driver.manage().getCookieNamed("khet_session").getValue();
        HttpResponse<byte[]> r = Stack.HTTP.send(HttpRequest.newBuilder(URI.create(stack.gateway() + path))
                .header("Cookie", "khet_session=" + cookie).timeout(Duration.ofSeconds(180)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode(), path + ": " + new String(r.body(), StandardCharsets.UTF_8));
        return r.body();
    }

    static String call(String method, String path, String token, String body, int expected) throws Exception {
        return stack.call(method, path, token, body, expected);
    }

    /** The column whose header ends with the field's name (the template's headers are "Thai label\nname"). */
    static int column(List<String> header, String name) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().endsWith(name)) {
                return i;
            }
        }
        throw new AssertionError("no column " + name + " in " + header);
    }

    /** RFC 4180 records (quoted fields may hold commas, quotes and line breaks); a leading BOM is dropped. */
    static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> out = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                field.setLength(0);
                out.add(record);
                record = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            out.add(record);
        }
        return out;
    }
}
