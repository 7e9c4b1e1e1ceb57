package org.khet.gateway;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's answer when the web console itself does not answer (too slow, unreachable, or cut off by its circuit
 * breaker): a browser asked for a page, so it gets a short page in the console's language — Thai unless the
 * {@code khet_lang} cookie says English — with the problem in words and the request id, never problem+json
 * (docs/adr/0028). The status stays the gateway's (504 or 503), so scripts and monitors still see it.
 */
final class ConsoleTrouble {
    private ConsoleTrouble() {
    }

    static void send(RoutingContext rc, int status) {
        Cookie lang = rc.request().getCookie("khet_lang");
        boolean en = lang != null && "en".equals(lang.getValue());
        boolean slow = status == 504;
        String title = en ? (slow ? "The console answered too slowly" : "The console is unavailable for a moment")
                : (slow ? "ระบบตอบช้าเกินไป" : "ระบบไม่พร้อมใช้งานชั่วคราว");
        String words = en
                ? (slow ? "This page took longer than the gateway waits, perhaps because the system is busy (making a PDF "
                + "report, for example). Please try again in a moment; if you were saving or publishing, reload the page "
                + "first to see whether it was done."
                : "The console cannot be reached just now. Please try again in a moment.")
                : (slow ? "หน้านี้ใช้เวลานานกว่าที่ระบบรอได้ อาจเป็นเพราะมีงานมากในขณะนี้ (เช่น การสร้างรายงาน PDF) "
                + "กรุณาลองอีกครั้งในอีกสักครู่ หากเป็นการบันทึกหรือเผยแพร่ โปรดเปิดหน้านี้ใหม่เพื่อดูว่าบันทึกแล้วหรือยังก่อนทำซ้ำ"
                : "ขณะนี้ติดต่อหน้าจอของระบบไม่ได้ กรุณาลองอีกครั้งในอีกสักครู่");
        String again = en ? "Try again" : "ลองอีกครั้ง";
        String home = en ? "Home" : "หน้าแรก";
        String id = RequestIdHandler.of(rc);
        String reference = id == null ? "" : "<p><small>" + (en ? "Request id: " : "รหัสคำขอ: ") + escape(id) + "</small></p>";
        String html = "<!DOCTYPE html>\n<html lang=\"" + (en ? "en" : "th") + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + title + " · Khet</title>\n"
                + "</head>\n<body>\n<main id=\"main\" class=\"console-trouble\" data-status=\"" + status + "\">\n<h1>" + title
                + "</h1>\n<p>" + words + "</p>\n<p><a href=\"" + escape(rc.request().uri()) + "\">" + again + "</a> · <a href=\"/\">"
                + home + "</a></p>\n" + reference + "</main>\n</body>\n</html>\n";
        rc.response().setStatusCode(status).putHeader("Content-Type", "text/html;charset=UTF-8").end(html);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
