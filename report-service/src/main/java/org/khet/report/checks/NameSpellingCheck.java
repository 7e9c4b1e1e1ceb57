package org.khet.report.checks;

import org.khet.contracts.Finding;
import org.khet.contracts.codes.Severity;
import org.khet.contracts.codes.SubjectKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One person's name written differently in two places (ชื่อบุคคลเดียวกันเขียนต่างกัน): the names the report prints (unit
 * directors, project owners, signatories) normalised by {@link ThaiNames}; forms that are the same after
 * normalisation are silent, forms {@link ThaiNames#sameWrittenDifferently one edit or two apart} are one person, and
 * each person written two or more ways is one finding naming every spelling and where each is written.
 */
public final class NameSpellingCheck {
    public static final String CODE = "report.name-spelling";
    static final String TABLE = "ชื่อบุคคล";
    /** Places named per spelling in a message; the rest are counted. */
    static final int PLACES = 2;

    private NameSpellingCheck() {
    }

    /** A name as written somewhere: the text, and where (Thai, English). */
    public record Written(String name, String whereTh, String whereEn) {
    }

    public static List<Finding> check(List<Written> names) {
        Map<String, Form> forms = new LinkedHashMap<>();
        for (Written w : names) {
            String key = ThaiNames.normalise(w.name());
            if (key.isEmpty()) {
                continue;
            }
            forms.computeIfAbsent(key, k -> new Form(k, w.name().strip())).add(w);
        }
        List<Form> all = new ArrayList<>(forms.values());
        int[] parent = new int[all.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                if (ThaiNames.sameWrittenDifferently(all.get(i).key, all.get(j).key)) {
                    parent[root(parent, j)] = root(parent, i);
                }
            }
        }
        Map<Integer, List<Form>> people = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            people.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(all.get(i));
        }
        List<Finding> out = new ArrayList<>();
        for (List<Form> person : people.values()) {
            if (person.size() < 2) {
                continue;
            }
            String th = person.stream().map(f -> places(f.whereTh, "และอีก %d แห่ง")).collect(Collectors.joining("; "));
            String en = person.stream().map(f -> places(f.whereEn, "and %d more")).collect(Collectors.joining("; "));
            Form first = person.get(0);
            String others = person.stream().skip(1).map(f -> f.written).collect(Collectors.joining(" / "));
            out.add(Finding.of(CODE, ReportChecks.SOURCE, Finding.Subject.of(SubjectKind.PERSON, null, first.written))
                    .at(TABLE, null, null)
                    .labels(first.written, others)
                    .severity(Severity.MINOR)
                    .says("ชื่อเดียวกันเขียน " + person.size() + " แบบ ตามลำดับใน: " + th,
                            "one name written " + person.size() + " ways, in turn in: " + en));
        }
        return out;
    }

    private static String places(List<String> where, String more) {
        String named = where.stream().limit(PLACES).collect(Collectors.joining(", "));
        return where.size() > PLACES ? named + " " + String.format(more, where.size() - PLACES) : named;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** One normalised form: as first written, and every place it is written (each once). */
    private static final class Form {
        final String key;
        final String written;
        final List<String> whereTh = new ArrayList<>();
        final List<String> whereEn = new ArrayList<>();

        Form(String key, String written) {
            this.key = key;
            this.written = written;
        }

        void add(Written w) {
            if (!whereTh.contains(w.whereTh())) {
                whereTh.add(w.whereTh());
                whereEn.add(w.whereEn());
            }
        }
    }
}
