package org.khet.school.service.summary;

import org.khet.contracts.Finding;
import org.khet.school.config.SchoolConfig;

import java.math.BigDecimal;

/** What the calculators' tests share: the area they are about, OBEC's size thresholds, and reading a figure. */
final class Tables {
    static final Finding.Subject AREA = Finding.Subject.area("9820", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบสรุป");

    /** OBEC's thresholds: small up to 120 students, medium up to 600, large up to 1500. */
    static final SchoolConfig.SizeClasses OBEC_SIZES = new SchoolConfig.SizeClasses() {
        @Override
        public int smallMax() {
            return 120;
        }

        @Override
        public int mediumMax() {
            return 600;
        }

        @Override
        public int largeMax() {
            return 1500;
        }
    };

    private Tables() {
    }

    /** The figure under a written key, e.g. {@code "table1/total/areaKm2"}. */
    static BigDecimal figure(TableResult<?> r, String key) {
        return r.figures().value(FigureKey.parse(key));
    }
}
