package org.khet.assessment.service;

import org.khet.assessment.domain.TestDefinition;
import org.khet.assessment.domain.TestStatistic;
import org.khet.assessment.domain.TestSubject;
import org.khet.contracts.events.school.OrgUnitChanged;
import org.khet.kit.feed.FeedErrors;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.org.OrgDirectory;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cells this service's feeds share: percentages, differences of percentages, area codes, tests and subjects. */
final class FeedCells {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private FeedCells() {
    }

    /** A difference of two percentages (or percentage scores): from −100 to 100, at most two decimals. */
    static BigDecimal difference(FeedErrors errors, FeedRow r, String column) {
        return errors.decimal(r, column, false, 2, "a difference", HUNDRED.negate(), HUNDRED);
    }

    /** A percentage (or a percentage score): from 0 to 100, at most two decimals. */
    static BigDecimal percent(FeedErrors errors, FeedRow r, String column, boolean required) {
        return errors.decimal(r, column, required, 2, "a percentage", BigDecimal.ZERO, HUNDRED);
    }

    /** Equal as numbers (1.5 is 1.50), or both null. */
    static boolean eq(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** The test catalogue (each test's subject codes), read once per feed. */
    static final class Catalogue {
        private final Map<String, List<String>> subjects = new LinkedHashMap<>();

        Catalogue() {
            for (TestDefinition t : TestDefinition.<TestDefinition>listAll()) {
                subjects.put(t.code, TestSubject.ofTest(t.code).stream().map(s -> s.code).toList());
            }
        }

        /** The row's test, or null (and the row's error) when it is missing or not in the catalogue. */
        String test(FeedErrors errors, FeedRow r) {
            String test = errors.text(r, "test", true);
            if (test != null && !subjects.containsKey(test)) {
                errors.add(r.row(), "test", "unknown test '" + test + "'; the catalogue has " + subjects.keySet());
                return null;
            }
            return test;
        }

        /** The row's subject of {@code test} or ALL (a printed overall mean), or null (and the row's error). */
        String subject(FeedErrors errors, FeedRow r, String test) {
            String subject = errors.text(r, "subject", true);
            if (test != null && subject != null && !subject.equals(TestStatistic.ALL_SUBJECTS)
                    && !subjects.get(test).contains(subject)) {
                errors.add(r.row(), "subject", "test " + test + " has no subject '" + subject + "'; its subjects are "
                        + subjects.get(test) + " (or ALL for a printed overall mean)");
                return null;
            }
            return subject;
        }
    }

    /** The org units a feed's rows name, each looked up once in the org directory replica. */
    static final class Units {
        private final OrgDirectory directory;
        private final Map<String, Optional<OrgDirectory.OrgUnit>> seen = new HashMap<>();

        Units(OrgDirectory directory) {
            this.directory = directory;
        }

        Optional<OrgDirectory.OrgUnit> find(String code) {
            return seen.computeIfAbsent(code, directory::find);
        }

        /** True when {@code code} is an area of the directory; else the row's error at {@code column}. */
        boolean area(FeedErrors errors, FeedRow r, String column, String code) {
            if (find(code).filter(u -> OrgUnitChanged.AREA.equals(u.kind())).isPresent()) {
                return true;
            }
            errors.add(r.row(), column, "unknown area code '" + code + "': it is not an area of the org directory");
            return false;
        }

        /** The status of the school {@code code} in the register, or null when it is not a registered school. */
        String schoolStatus(String code) {
            return find(code).filter(u -> OrgUnitChanged.SCHOOL.equals(u.kind())).map(OrgDirectory.OrgUnit::status)
                    .orElse(null);
        }
    }
}
