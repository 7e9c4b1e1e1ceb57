package org.khet.web;

import org.junit.jupiter.api.Test;
import org.khet.web.client.ApiException;
import org.khet.web.client.model.ReportTextElement;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The pieces without a server: problem bodies in words, the text codec, the session's claims. */
class UnitsTest {

    @Test
    void aProblemBodyIsItsTitleDetailAndCells() {
        ProblemView p = ProblemView.of(new ApiException(400, "x", null, """
                {"type":"t","title":"Bad feed","status":400,"detail":"2 rows","errors":[{"row":7,"column":"girls","message":"not a number"},{"field":"academicYear","message":"missing"}]}"""), "unreachable", s -> "status " + s);
        assertEquals(400, p.status());
        assertEquals("Bad feed", p.title());
        assertEquals("2 rows", p.detail());
        assertEquals(List.of(new ProblemView.Cell(null, 7, "girls", "not a number"), new ProblemView.Cell("academicYear", null, null, "missing")), p.errors());
        assertTrue(p.hasCells());
    }

    @Test
    void aBodyThatIsNotAProblemIsTheStatusInWords() {
        ProblemView p = ProblemView.of(new ApiException(502, "x", null, "<html>Bad Gateway</html>"), "unreachable", s -> "status " + s);
        assertEquals("status 502", p.title());
        assertEquals("", p.detail());
        assertEquals(List.of(), p.errors());
        assertEquals("unreachable", ProblemView.of(new ApiException(new java.io.IOException("refused")), "unreachable", s -> "status " + s).title());
        // the console's own wait for the gateway ran out: slow (504 in words), not unreachable
        ProblemView slow = ProblemView.of(new ApiException(new java.net.http.HttpTimeoutException("request timed out")),
                "unreachable", s -> "status " + s);
        assertEquals(504, slow.status());
        assertEquals("status 504", slow.title());
    }

    @Test
    void textBlocksRoundTripThroughTheTextArea() {
        String text = """
                ## วิสัยทัศน์
                สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2
                มุ่งพัฒนาคุณภาพ

                - ข้อแรก
                - ข้อสอง

                ## พันธกิจ
                1. พัฒนาผู้เรียน
                2. พัฒนาครู""";
        List<ReportTextElement> elements = TextCodec.fromText(text);
        assertEquals(3, elements.size());
        assertEquals(ReportTextElement.KindEnum.PARAGRAPH, elements.get(0).getKind());
        assertEquals("วิสัยทัศน์", elements.get(0).getTitle());
        assertEquals("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2\nมุ่งพัฒนาคุณภาพ", elements.get(0).getText());
        assertEquals(ReportTextElement.KindEnum.BULLETED, elements.get(1).getKind());
        assertEquals(List.of("ข้อแรก", "ข้อสอง"), elements.get(1).getItems());
        assertEquals(ReportTextElement.KindEnum.NUMBERED, elements.get(2).getKind());
        assertEquals("พันธกิจ", elements.get(2).getTitle());
        assertEquals(List.of("พัฒนาผู้เรียน", "พัฒนาครู"), elements.get(2).getItems());
        assertEquals(text, TextCodec.toText(elements));
    }

    @Test
    void aMixedChunkIsAParagraphNotAList() {
        List<ReportTextElement> e = TextCodec.fromText("- one\ntwo");
        assertEquals(ReportTextElement.KindEnum.PARAGRAPH, e.get(0).getKind());
        assertEquals("- one\ntwo", e.get(0).getText());
    }

    @Test
    void anExpiredOrMalformedTokenIsNoSession() throws Exception {
        String token = org.khet.devstack.DevTokens.mint(org.khet.devstack.DevTokens.ensureKeys(java.nio.file.Path.of("target/test-keys")),
                "i", "a", "s", "viewer", List.of("obec"), 60);
        assertTrue(Session.of(token, Instant.now()).isPresent());
        assertTrue(Session.of(token, Instant.now().plusSeconds(61)).isEmpty(), "expired");
        assertTrue(Session.of("a.b", Instant.now()).isEmpty());
        assertTrue(Session.of("a.!!!.c", Instant.now()).isEmpty());
    }

    @Test
    void anIdentityProvidersUserIsShownByNameNotBySubject() {
        long exp = Instant.now().getEpochSecond() + 60;
        java.util.function.Function<String, String> shown = claims -> Session.of("e30." + java.util.Base64.getUrlEncoder()
                .withoutPadding().encodeToString(("{\"exp\":" + exp + ",\"groups\":[\"area-officer\"],\"org\":[\"5602\"],"
                        + claims + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ".sig", Instant.now())
                .orElseThrow().subject();
        String uuid = "\"sub\":\"0f8c2c61-6a4e-4f0e-9d55-2b7f3f1c9a10\"";
        assertEquals("สมชาย ใจดี", shown.apply(uuid + ",\"name\":\"สมชาย ใจดี\",\"preferred_username\":\"area-5602\""));
        assertEquals("area-5602", shown.apply(uuid + ",\"name\":\" \",\"preferred_username\":\"area-5602\""));
        assertEquals("0f8c2c61-6a4e-4f0e-9d55-2b7f3f1c9a10", shown.apply(uuid));
    }

    @Test
    void aBarIsItsFiguresShareOfTheLargestInTheBarArea() {
        // the bar area is 640 - 180 - 60 = 400 px
        assertEquals(400, Charts.BAR_AREA);
        assertEquals(400.0, Charts.length(new java.math.BigDecimal("84"), new java.math.BigDecimal("84")));
        assertEquals("23.8", Charts.num(Charts.length(new java.math.BigDecimal("5"), new java.math.BigDecimal("84"))), "400 × 5 / 84");
        assertEquals(0.0, Charts.length(java.math.BigDecimal.ONE, java.math.BigDecimal.ZERO), "nothing to scale by");
        assertEquals(0.0, Charts.length(new java.math.BigDecimal("-3"), java.math.BigDecimal.TEN), "no negative bar");
        assertEquals(400.0, Charts.length(new java.math.BigDecimal("120"), new java.math.BigDecimal("100")), "never beyond the area");
    }

    @Test
    void aCurvesPointIsItsDayOfTheSpanAndItsPercent() {
        java.time.LocalDate from = Dashboards.fiscalYearStart(2566);
        assertEquals(java.time.LocalDate.of(2022, 10, 1), from);
        assertEquals(java.time.LocalDate.of(2023, 9, 30), Dashboards.fiscalYearEnd(2566));
        // the plot is 572 px wide from x 48 and 200 px high from y 10
        assertEquals(48.0, Charts.x(from, from, 364));
        assertEquals(620.0, Charts.x(java.time.LocalDate.of(2023, 9, 30), from, 364));
        assertEquals(210.0, Charts.y(java.math.BigDecimal.ZERO));
        assertEquals(10.0, Charts.y(new java.math.BigDecimal("100")));
        assertEquals(60.0, Charts.y(new java.math.BigDecimal("75")));
        assertEquals(10.0, Charts.y(new java.math.BigDecimal("130")), "clamped to the plot");
    }

    @Test
    void aChartEscapesItsWordsAndClipsLongLabelsByLetter() {
        Charts.Chart c = Charts.bars("a<b", List.of(new Charts.Series("s&1", 0)),
                List.of(new Charts.Row("x\"y", List.of(java.math.BigDecimal.ONE))), false, null);
        assertTrue(c.svg().contains("aria-label=\"a&lt;b\""), c.svg());
        assertTrue(c.svg().contains("<title>x&quot;y · s&amp;1: 1</title>"), c.svg());
        assertFalse(c.svg().contains("a<b"));
        String mark = "ก้";  // a consonant with its tone mark: one letter, two chars
        assertEquals(mark.repeat(28), Charts.clip(mark.repeat(28)));
        assertEquals(mark.repeat(27) + "…", Charts.clip(mark.repeat(29)));
    }

    @Test
    void aKnownProblemTypeIsTitledInTheConsolesWordsAndItsDetailStays() {
        String body = """
                {"type":"https://khet.dev/problems/warnings-unacknowledged","title":"Warnings are not acknowledged","status":409,"detail":"warning 2 has no reason"}""";
        java.util.function.Function<String, String> thai = slug -> slug.equals("warnings-unacknowledged") ? "ยังชี้แจงคำเตือนไม่ครบ" : "";
        ProblemView p = ProblemView.of(new ApiException(409, "x", null, body), "u", s -> "status " + s, thai);
        assertEquals("ยังชี้แจงคำเตือนไม่ครบ", p.title());
        assertEquals("warning 2 has no reason", p.detail());
        ProblemView other = ProblemView.of(new ApiException(409, "x", null, body.replace("warnings-unacknowledged", "brand-new")),
                "u", s -> "status " + s, thai);
        assertEquals("Warnings are not acknowledged", other.title(), "a type the console does not know keeps the API's title");
        assertEquals("not-found", ProblemView.slug("https://khet.dev/problems/not-found"));
    }

    @Test
    void eachRoleIsOfferedOnlyItsOwnSteps() {
        java.util.function.Function<String, Actions> of = role -> Actions.of(new Session("t", "s", role, List.of("x"), Instant.MAX));
        assertEquals(new Actions(true, true, true, false, false, false), of.apply("school-director"));
        assertEquals(new Actions(true, true, false, false, false, false), of.apply("school-officer"));
        assertEquals(new Actions(true, false, false, true, true, true), of.apply("area-officer"));
        assertEquals(new Actions(true, false, false, true, true, true), of.apply("obec-admin"));
        assertEquals(Actions.NONE, of.apply("viewer"));
        assertEquals(Actions.NONE, Actions.of(null));
        assertFalse(of.apply("viewer").anyStep());
    }
}
