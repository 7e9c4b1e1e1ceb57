package org.khet.report.render;

import org.junit.jupiter.api.Test;
import org.khet.kit.problem.ProblemException;
import org.khet.report.domain.ColumnType;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.*;

/** Plain rules: which format an Accept header gets, and how figures and Thai digits are printed. */
class NegotiationAndDigitsTest {

    private static ReportFormat negotiate(String format, String accept) {
        return org.khet.report.api.ReportResourceAccess.negotiate(format, accept);
    }

    @Test
    void acceptIsHonouredByQualityAndFormatWins() {
        assertEquals(ReportFormat.JSON, negotiate(null, null));
        assertEquals(ReportFormat.JSON, negotiate(null, "*/*"));
        assertEquals(ReportFormat.HTML, negotiate(null, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8"));
        assertEquals(ReportFormat.DOCX, negotiate(null,
                "application/json;q=0.5, application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertEquals(ReportFormat.XLSX, negotiate("XLSX", "text/html"));
        assertEquals(406, assertThrows(ProblemException.class, () -> negotiate("pdf", null)).status());
        assertEquals(406, assertThrows(ProblemException.class, () -> negotiate(null, "application/pdf")).status());
        assertEquals(406, assertThrows(ProblemException.class, () -> negotiate(null, "text/html;q=0")).status());
    }

    @Test
    void figuresArePrintedAsTheReportPrintsThem() {
        assertEquals("158,845,335.00", Fmt.cell(new BigDecimal("158845335"), ColumnType.MONEY));
        assertEquals("1,072", Fmt.cell(1072L, ColumnType.INTEGER));
        assertEquals("-1.15", Fmt.cell(new BigDecimal("-1.15"), ColumnType.SIGNED_DECIMAL));
        assertEquals("+0.05", Fmt.cell(new BigDecimal("0.05"), ColumnType.SIGNED_DECIMAL));
        assertEquals("-", Fmt.cell(null, ColumnType.MONEY));
        assertEquals("๙๗.๑๔ AA อันดับที่ ๑๒๓", Fmt.digits("97.14 AA อันดับที่ 123", true));
        assertEquals("97.14", Fmt.digits("97.14", false));
    }
}
