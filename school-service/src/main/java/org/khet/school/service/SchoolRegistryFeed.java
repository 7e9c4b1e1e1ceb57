package org.khet.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.khet.kit.feed.FeedErrors;
import org.khet.contracts.FeedResult;
import org.khet.kit.feed.FeedKind;
import org.khet.kit.feed.FeedReader;
import org.khet.kit.feed.FeedRow;
import org.khet.kit.security.AccessControl;
import org.khet.kit.sql.Sql;
import org.khet.school.api.OrgDtos.SchoolInput;
import org.khet.school.domain.Codes;
import org.khet.school.domain.Grade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The school register as a feed (ทะเบียนโรงเรียน): an area sends its schools — code, district, names, branch of,
 * expansion, special area, boarding, the levels it teaches — in one CSV, XLSX or JSON file instead of one request each; OBEC sends every
 * area's. New codes are registered, known ones changed where the row differs, the same row again changes nothing.
 * Every row is checked first (code format, district, duplicate, a branch of a main school in the register or in the
 * feed, no move to another area) and nothing is stored when any is wrong; then each school goes through the same
 * code as {@code POST /v1/schools} and {@code PUT /v1/schools/{code}}, with the same events.
 */
@ApplicationScoped
public class SchoolRegistryFeed implements FeedKind<SchoolRegistryFeed.Content> {
    public static final FeedReader.Columns COLUMNS = FeedReader.Columns.of(
            List.of("code", "districtCode", "nameTh"),
            List.of("nameEn", "subDistrict", "branchOf", "expansion", "specialArea", "boarding", "levels"));
    static final List<String> SPECIAL_AREAS = List.of("highland", "remote");

    private final OrgService org;
    private final Sql sql;
    private final jakarta.persistence.EntityManager em;

    public SchoolRegistryFeed(OrgService org, Sql sql, jakarta.persistence.EntityManager em) {
        this.org = org;
        this.sql = sql;
        this.em = em;
    }

    /** @param schools main schools first, then branches; {@code versions}: the version of each code registered already */
    public record Content(List<SchoolInput> schools, Map<String, Long> versions, List<String> areas) {
    }

    private record Known(String areaCode, String branchOf, long version) {
    }

    @Override
    public String name() {
        return "schools";
    }

    @Override
    public FeedReader.Columns columns() {
        return COLUMNS;
    }

    @Override
    public String scope(List<FeedRow> rows) {
        return FeedKind.scopeOf(rows, "districtCode");
    }

    /** The areas of the districts the rows name (a district that does not exist is a 400 of validation). */
    @Override
    public void authorize(List<FeedRow> rows, AccessControl access) {
        List<String> areas = sql.query("select distinct area_code from district where code = any(?)", rs -> rs.getString(1),
                (Object) FeedKind.distinct(rows, "districtCode").toArray(String[]::new));
        for (String area : areas) {
            access.requireWrite(area);
        }
    }

    @Override
    public Content validate(List<FeedRow> rows) {
        FeedErrors errors = new FeedErrors();
        Map<String, String> districtArea = new HashMap<>();
        sql.query("select code, area_code from district where code = any(?)", rs -> districtArea.put(rs.getString(1), rs.getString(2)),
                (Object) FeedKind.distinct(rows, "districtCode").toArray(String[]::new));
        List<String> codes = new ArrayList<>(FeedKind.distinct(rows, "code"));
        codes.addAll(FeedKind.distinct(rows, "branchOf"));
        Map<String, Known> known = new HashMap<>();
        sql.query("select code, area_code, branch_of, version from school where code = any(?)",
                rs -> known.put(rs.getString(1), new Known(rs.getString(2), rs.getString(3), rs.getLong(4))),
                (Object) codes.toArray(String[]::new));

        // each code's branchOf in the file, so that a branch may come before its main school
        Map<String, String> branchInFeed = new HashMap<>();
        for (FeedRow r : rows) {
            if (r.get("code") != null) {
                branchInFeed.putIfAbsent(r.get("code"), r.get("branchOf"));
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        List<SchoolInput> inputs = new ArrayList<>();
        TreeSet<String> areas = new TreeSet<>();
        for (FeedRow r : rows) {
            int before = errors.count();
            String code = errors.text(r, "code", true);
            if (code != null && !Codes.SCHOOL.matcher(code).matches()) {
                errors.add(r.row(), "code", "must be an OBEC school code of 8 or 10 digits, got '" + code + "'");
            }
            String district = errors.text(r, "districtCode", true);
            String area = district == null ? null : districtArea.get(district);
            if (district != null && area == null) {
                errors.add(r.row(), "districtCode", "no district '" + district + "' is registered");
            }
            String nameTh = errors.text(r, "nameTh", true);
            String nameEn = errors.text(r, "nameEn", false);
            String subDistrict = errors.text(r, "subDistrict", false);
            String branchOf = errors.text(r, "branchOf", false);
            Boolean expansion = errors.bool(r, "expansion", false);
            String specialArea = errors.oneOf(r, "specialArea", false, SPECIAL_AREAS);
            Boolean boarding = errors.bool(r, "boarding", false);
            List<String> levels = levels(errors, r);
            Known k = code == null ? null : known.get(code);
            if (k != null && area != null && !k.areaCode().equals(area)) {
                errors.add(r.row(), "districtCode", "school " + code + " is in area " + k.areaCode()
                        + "; a school cannot move to another area's district " + district);
            }
            if (branchOf != null) {
                boolean mainInFeed = branchInFeed.containsKey(branchOf) && branchInFeed.get(branchOf) == null;
                boolean mainKnown = !branchInFeed.containsKey(branchOf) && known.containsKey(branchOf)
                        && known.get(branchOf).branchOf() == null;
                if (branchOf.equals(code) || !(mainInFeed || mainKnown)) {
                    errors.add(r.row(), "branchOf", "no main school '" + branchOf + "' (a branch belongs to a school "
                            + "registered or in this feed that is not itself a branch)");
                }
            }
            if (errors.count() > before || !SimpleFeeds.firstOf(errors, r, seen, code, "code", "school " + code)) {
                continue;
            }
            inputs.add(new SchoolInput(code, district, nameTh.strip(), nameEn, subDistrict, branchOf, expansion,
                    specialArea, boarding, levels));
            areas.add(area);
        }
        errors.throwIfAny();
        List<SchoolInput> ordered = new ArrayList<>(inputs.stream().filter(i -> i.branchOf() == null).toList());
        ordered.addAll(inputs.stream().filter(i -> i.branchOf() != null).toList());
        Map<String, Long> versions = new HashMap<>();
        known.forEach((code, k) -> versions.put(code, k.version()));
        return new Content(ordered, versions, List.copyOf(areas));
    }

    /**
     * The levels a row names ("kindergarten primary", separated by spaces, commas, semicolons or bars); null when the
     * cell is empty, which leaves a registered school's levels as they are.
     */
    private static List<String> levels(FeedErrors errors, FeedRow r) {
        String text = errors.text(r, "levels", false);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Grade.Level.register(List.of(text.strip().split("[\\s,;|]+")));
        } catch (IllegalArgumentException e) {
            errors.add(r.row(), "levels", e.getMessage());
            return null;
        }
    }

    /** Its unit is a school: registered (created), changed where the row differs (updated), or unchanged. */
    @Override
    public FeedResult store(Content c, String actor) {
        int n = 0;
        int created = 0;
        int updated = 0;
        for (SchoolInput in : c.schools()) {
            Long version = c.versions().get(in.code());
            if (version == null) {
                org.registerSchool(in);
                created++;
            } else if (org.updateSchool(in.code(), in, null).version() != version) {
                updated++;
            }
            if (++n % 250 == 0) {
                // a national register is one transaction: keep its persistence context small, or every flush
                // would check every school written so far
                em.flush();
                em.clear();
            }
        }
        return FeedResult.of(name(), c.schools().size(), created, updated, c.schools().size() - created - updated,
                c.areas(), List.of());
    }
}
