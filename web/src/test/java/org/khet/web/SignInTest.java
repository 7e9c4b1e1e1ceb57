package org.khet.web;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.*;

/** The development sign-in, the session cookie and sign-out; the language switch. */
@QuarkusTest
@QuarkusTestResource(StubGateway.class)
class SignInTest {

    @Test
    void theSignInPageIsThaiFirstWithLabelledFields() {
        given().redirects().follow(false).get("/signin").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"th\">"))
                .body(containsString("<label for=\"role\">บทบาท</label>"))
                .body(containsString("<label for=\"org\">รหัสหน่วยงาน</label>"))
                .body(containsString("เจ้าหน้าที่เขตพื้นที่ (area-officer)"))
                .body(containsString("ผู้อำนวยการโรงเรียน (school-director)"))
                .body(containsString("/webjars/htmx.org/dist/htmx.min.js"));
    }

    @Test
    void englishOnAskingAndRememberedInACookie() {
        Response r = given().redirects().follow(false).get("/signin?lang=en");
        r.then().statusCode(200).body(containsString("<html lang=\"en\">"))
                .body(containsString("<label for=\"role\">Role</label>"))
                .body(containsString("area officer (area-officer)"));
        assertEquals("en", r.getCookie(Lang.COOKIE));
        given().cookie(Lang.COOKIE, "en").get("/signin").then().body(containsString("<html lang=\"en\">"));
    }

    @Test
    void htmxIsServedFromItsWebjar() {
        given().get("/webjars/htmx.org/dist/htmx.min.js").then().statusCode(200).body(containsString("htmx"));
    }

    @Test
    void signingInMintsATokenIntoAnHttpOnlySameSiteCookieThatExpiresWithIt() {
        Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("role", "area-officer").formParam("org", "5602").formParam("name", "สมชาย").post("/signin");
        assertEquals(303, r.statusCode());
        assertEquals("/areas/5602", r.getHeader("Location"));
        String setCookie = r.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith(Session.COOKIE + "="))
                .findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        assertTrue(setCookie.contains("Max-Age=28800"), "8 h, the token's lifetime: " + setCookie);
        Session s = Session.of(r.getCookie(Session.COOKIE), Instant.now()).orElseThrow();
        assertEquals("area-officer", s.role());
        assertEquals(List.of("5602"), s.orgs());
        assertEquals("สมชาย", s.subject());
        long left = s.expiresAt().getEpochSecond() - Instant.now().getEpochSecond();
        assertTrue(left > 28_700 && left <= 28_800, "expires in 8 h: " + left);
    }

    @Test
    void afterSignInBackToThePageAskedForButNeverToAnotherSite() {
        given().get("/signin?next=/reports/5602/2566").then()
                .body(containsString("<input type=\"hidden\" name=\"next\" value=\"/reports/5602/2566\">"));
        given().redirects().follow(false).formParam("role", "area-officer").formParam("org", "5602")
                .formParam("next", "/reports/5602/2566").post("/signin").then().statusCode(303)
                .header("Location", "/reports/5602/2566");
        for (String elsewhere : List.of("//evil.example/x", "https://evil.example/", "/\\evil.example")) {
            given().redirects().follow(false).formParam("role", "area-officer").formParam("org", "5602")
                    .formParam("next", elsewhere).post("/signin").then().statusCode(303).header("Location", "/areas/5602");
        }
    }

    @Test
    void aSchoolUserGoesToTheSchoolPage() {
        given().redirects().follow(false).formParam("role", "school-director").formParam("org", "1056020001")
                .post("/signin").then().statusCode(303).header("Location", "/schools/1056020001");
    }

    @Test
    void aBadOrgUnitIsAnsweredInWordsAndNoCookie() {
        Response r = given().redirects().follow(false).formParam("role", "area-officer").formParam("org", "56 02")
                .post("/signin");
        r.then().statusCode(400).body(containsString("รหัสหน่วยงานต้องเป็นรหัสเขต 4 หลัก"))
                .body(not(containsString("\"errors\"")));
        assertNull(r.getCookie(Session.COOKIE));
        given().redirects().follow(false).formParam("role", "root").formParam("org", "5602").post("/signin")
                .then().statusCode(400).body(containsString("ไม่มีบทบาทนี้ในระบบ"));
    }

    @Test
    void signOutClearsTheCookie() {
        Response r = given().redirects().follow(false).post("/signout");
        assertEquals(303, r.statusCode());
        assertEquals("/signin", r.getHeader("Location"));
        String setCookie = r.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith(Session.COOKIE + "="))
                .findFirst().orElseThrow();
        assertTrue(setCookie.contains("Max-Age=0"), setCookie);
    }

    @Test
    void withoutASessionEveryPageSendsToSignIn() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", "/signin");
        given().redirects().follow(false).get("/areas/5602").then().statusCode(303)
                .header("Location", "/signin?next=%2Fareas%2F5602");
        given().redirects().follow(false).cookie(Session.COOKIE, "not-a-token").get("/reports/5602/2566")
                .then().statusCode(303).header("Location", containsString("/signin"));
    }
}
