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

}
