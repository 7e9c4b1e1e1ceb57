package org.khet.contracts;

import org.khet.contracts.codes.Severity;
import org.khet.contracts.codes.SubjectKind;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The one shape of a data-quality finding, in every service and in the report: a place where a figure as the office
 * reported it disagrees with what Khet computes from the stored facts (or with another reported figure).
 *
 * @param code       stable identifier of the check, {@code <service>.<check>} in kebab case
 *                   ({@code school.district-schools}); clients group and filter by it, it never changes with wording
 * @param severity   {@link Severity#MINOR} when two numbers are within 0.01 of each other (a rounding or typing slip),
 *                   else {@link Severity#MAJOR}
 * @param source     the service that found it ({@code school-service}, …)
 * @param subject    what the finding is about: the area, a school, a project, …
 * @param table      the report's table or page the figure belongs to, as the report names it ({@code "1"}, {@code "2.1"})
 * @param row        the table's row (a district, a subject, a budget category, a project), as the report labels it
 * @param column     the column, where the table has several; null when the row is the figure
 * @param reported   the figure as reported (text: some are labels such as a quality level "ดีมาก")
 * @param computed   what Khet computes; null when it has nothing to compare with
 * @param difference reported − computed when both are numbers, else null
 * @param messageTh  what it means, in Thai (the Thai report prints this)
 * @param messageEn  what it means, in English
 */
public record Finding(String code, Severity severity, String source, Subject subject, String table, String row,
                      String column, String reported, String computed, BigDecimal difference, String messageTh,
                      String messageEn) {

    /** Two numbers this close are a rounding or typing slip. */
    public static final BigDecimal MINOR_LIMIT = new BigDecimal("0.01");

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
    }

    /** What a finding is about: its kind, its code (area code, school code, project number …) and its name. */
    public record Subject(SubjectKind kind, String code, String name) {
        public Subject {
            Objects.requireNonNull(kind, "kind");
        }

        public static Subject area(String code, String name) {
            return new Subject(SubjectKind.AREA, code, name);
        }

        public static Subject of(SubjectKind kind, String code, String name) {
            return new Subject(kind, code, name);
        }
    }

    /** Starts a finding of check {@code code} from {@code source} about {@code subject}. */
    public static Builder of(String code, String source, Subject subject) {
        return new Builder(code, source, subject);
    }

    /** Builds a finding step by step; {@link #numbers} and {@link #labels} set the figures and the severity. */
    public static final class Builder {
        private final String code;
        private final String source;
        private final Subject subject;
        private String table;
        private String row;
        private String column;
        private String reported;
        private String computed;
        private BigDecimal difference;
        private Severity severity = Severity.MAJOR;

        private Builder(String code, String source, Subject subject) {
            this.code = code;
            this.source = source;
            this.subject = subject;
        }

        /** Where in the report: table, row and (or null) column. */
        public Builder at(String table, String row, String column) {
            this.table = table;
            this.row = row;
            this.column = column;
            return this;
        }

        /**
         * Two numbers: the difference is reported − computed; minor when within {@link #MINOR_LIMIT}. A null
         * computed figure (nothing to compare with) leaves the difference null and the finding major.
         */
        public Builder numbers(BigDecimal reported, BigDecimal computed) {
            this.reported = reported == null ? null : reported.toPlainString();
            this.computed = computed == null ? null : computed.toPlainString();
            if (reported != null && computed != null) {
                this.difference = reported.subtract(computed);
                this.severity = difference.abs().compareTo(MINOR_LIMIT) <= 0 ? Severity.MINOR : Severity.MAJOR;
            } else {
                this.difference = null;
                this.severity = Severity.MAJOR;
            }
            return this;
        }

        /** Two whole numbers (counts). */
        public Builder counts(long reported, long computed) {
            return numbers(BigDecimal.valueOf(reported), BigDecimal.valueOf(computed));
        }

        /** Two labels (a level, a grade, an outcome): always major. */
        public Builder labels(String reported, String computed) {
            this.reported = reported;
            this.computed = computed;
            this.difference = null;
            this.severity = Severity.MAJOR;
            return this;
        }

        /** Overrides the severity the figures gave. */
        public Builder severity(Severity severity) {
            this.severity = Objects.requireNonNull(severity);
            return this;
        }

        /** The message in Thai and in English; builds the finding. */
        public Finding says(String messageTh, String messageEn) {
            return new Finding(code, severity, source, subject, table, row, column, reported, computed, difference,
                    messageTh, messageEn);
        }
    }
}
