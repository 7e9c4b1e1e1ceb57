package org.khet.report.render;

/** Lets tests escape text the way the HTML renderer does. */
public final class HtmlRendererAccess {
    private HtmlRendererAccess() {
    }

    public static String escape(String s) {
        return HtmlRenderer.escape(s);
    }
}
