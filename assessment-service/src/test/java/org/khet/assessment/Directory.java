package org.khet.assessment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.inject.spi.CDI;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.org.OrgDirectory;

/** Seeds the org directory replica the way school-service's events would. */
final class Directory {
    private Directory() {
    }

    static void unit(String code, String kind, String parent, String area, String nameTh) {
        unit(code, kind, parent, area, nameTh, "open");
    }

    /** A unit with its register status ({@code open}, {@code merged}, {@code closed}). */
    static void unit(String code, String kind, String parent, String area, String nameTh, String status) {
        OrgDirectory d = CDI.current().select(OrgDirectory.class).get();
        QuarkusTransaction.requiringNew().run(() -> d.apply(new OrgUnitChanged(code, kind, parent, area, nameTh, null, status)));
    }

    static void phayao2() {
        unit("obec", OrgUnitChanged.OBEC, null, null, "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน");
        unit("5602", OrgUnitChanged.AREA, "obec", "5602", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2");
    }
}
