package org.khet.report.api;

import org.khet.report.render.ReportFormat;

/** Lets plain tests reach the resource's content negotiation. */
public final class ReportResourceAccess {
    private ReportResourceAccess() {
    }

    public static ReportFormat negotiate(String format, String accept) {
        return ReportResource.negotiate(format, accept);
    }
}
