package org.khet.report.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import org.khet.report.domain.Block;
import org.khet.report.domain.Column;
import org.khet.report.domain.ItemList;
import org.khet.report.domain.Paragraph;
import org.khet.report.domain.Section;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.khet.report.mapping.J.*;

/**
 * school-service → part 1 (basic data: {@code GET /v1/areas/{area}} profile and units, {@code …/networks}, and
 * Table 1 of {@code …/summary}) and part 3's management (1.1.1–1.1.6) and opportunity (3.1–3.3) sections.
 */
public final class SchoolMapping {
    static final String SRC = "school-service";
    /** Office staff categories as school-service names them, with the report's headers. */
    private static final Map<String, String> STAFF_CATEGORIES = new java.util.LinkedHashMap<>();

    static {
        STAFF_CATEGORIES.put("38kh", "ข้าราชการ 38 ข.");
        STAFF_CATEGORIES.put("38c1", "ข้าราชการ 38 ค(1)");
        STAFF_CATEGORIES.put("38c2", "ข้าราชการ 38 ค(2)");
        STAFF_CATEGORIES.put("government-employee", "พนักงานราชการ");
        STAFF_CATEGORIES.put("permanent", "ลูกจ้างประจำ");
        STAFF_CATEGORIES.put("temporary", "ลูกจ้างชั่วคราว");
    }

    private SchoolMapping() {
    }

    public static String areaName(JsonNode profile, JsonNode summary) {
        String n = text(profile, "nameTh");
        return n != null ? n : text(summary, "areaNameTh", "nameTh");
    }

    /**
     * Part 1, the basic data, as of the enrolment round the fiscal year's report prints (FY2566: 10 June 2566, academic
     * year 2566): networks count the schools that are members in {@code enrolmentYear}.
     */
    public static List<Section> part1(JsonNode profile, JsonNode networks, JsonNode s, int enrolmentYear) {
        List<Section> out = new ArrayList<>();
        List<JsonNode> units = list(profile, "units");

        List<Block> general = new ArrayList<>();
        String address = text(profile, "address", "addressTh");
        if (address != null) {
            general.add(new Paragraph("ที่ตั้ง", address));
        }
        String phone = text(profile, "phone");
        if (phone != null) {
            general.add(new Paragraph("โทรศัพท์", phone));
        }
        String web = text(profile, "website");
        if (web != null) {
            general.add(new Paragraph("เว็บไซต์", web));
        }
        List<String> groups = new ArrayList<>();
        for (JsonNode u : units) {
            if (!"executive".equals(text(u, "kind"))) {
                groups.add(text(u, "nameTh"));
            }
        }
        general.add(new ItemList("โครงสร้างการบริหารงาน (กลุ่ม/หน่วย)", true, groups));
        out.add(new Section("p1-general", "ข้อมูลทั่วไป", general));

        Tables districts = Tables.of("t1", "ตารางที่ 1 แสดงเขตบริการการศึกษา ของ" + nz(areaName(profile, s)), SRC,
                Column.text("district", "อำเภอ"), Column.integer("subDistricts", "ตำบล"),
                Column.integer("villages", "หมู่บ้าน"), Column.integer("municipalities", "เทศบาล"),
                Column.integer("subDistrictAdministrations", "อบต."), Column.decimal("areaKm2", "พื้นที่ (ตร.กม.)"),
                Column.integer("population", "ประชากร"), Column.integer("schools", "สถานศึกษา"));
        JsonNode t1 = node(s, "table1");
        for (JsonNode d : list(t1, "districts")) {
            districts.row(text(d, "nameTh"), lng(d, "subDistricts"), lng(d, "villages"), lng(d, "municipalities"),
                    lng(d, "subDistrictAdministrations"), dec(d, "areaKm2"), lng(d, "population"), lng(d, "schools"));
        }
        if (districts.dataRows() > 0) {
            JsonNode t = node(t1, "total");
            districts.totalRow("รวม", present(t) ? Arrays.asList(null, lng(t, "subDistricts"), lng(t, "villages"),
                    lng(t, "municipalities"), lng(t, "subDistrictAdministrations"), dec(t, "areaKm2"),
                    lng(t, "population"), lng(t, "schools")) : null);
        }
        out.add(new Section("p1-location", "สถานที่ตั้งและอาณาเขต", List.of(districts.build())));

        Tables nw = Tables.of("t1-networks", "เครือข่ายการบริหารจัดการพัฒนาคุณภาพการศึกษาแบบบูรณาการ", SRC,
                Column.text("no", "ที่"), Column.text("network", "กลุ่มโรงเรียน"), Column.integer("schools", "จำนวนโรงเรียน"));
        List<String> clubs = new ArrayList<>();
        int n = 0;
        for (JsonNode net : list(networks)) {
            if ("subject-club".equals(text(net, "kind"))) {
                clubs.add(text(net, "nameTh"));
                continue;
            }
            long members = 0;
            for (JsonNode m : list(net, "members")) {
                Long from = lng(m, "fromYear");
                Long to = lng(m, "toYear");
                if ((from == null || from <= enrolmentYear) && (to == null || to >= enrolmentYear)) {
                    members++;
                }
            }
            String name = text(net, "nameTh");
            nw.row(Integer.toString(++n), "program".equals(text(net, "kind")) ? name + " (โรงเรียนขยายโอกาส)" : name,
                    members);
        }
        nw.note("โรงเรียนหนึ่งอยู่ได้มากกว่าหนึ่งกลุ่ม (กลุ่มโรงเรียนการศึกษาภาคบังคับซ้อนกับกลุ่มตามพื้นที่) จึงไม่รวมยอด");
        List<Block> nwBlocks = new ArrayList<>(List.of(nw.build()));
        nwBlocks.add(new ItemList("เครือข่ายพัฒนางานวิชาการโรงเรียนในสังกัด (ชมรม/กลุ่ม)", true, clubs));
        out.add(new Section("p1-networks", "กลุ่มเครือข่าย", nwBlocks));

        Tables execs = Tables.of("t1-executives", "คณะผู้บริหาร", SRC,
                Column.text("name", "ชื่อ-สกุล"), Column.text("position", "ตำแหน่ง"));
        Tables directors = Tables.of("t1-unit-directors", "ผู้อำนวยการกลุ่ม/หน่วย", SRC,
                Column.text("name", "ชื่อ-สกุล"), Column.text("unit", "กลุ่ม/หน่วย"));
        for (JsonNode u : units) {
            String director = text(u, "directorName");
            if ("executive".equals(text(u, "kind"))) {
                execs.row(director == null ? "-" : director, text(u, "nameTh"));
            } else {
                directors.row(director == null ? "-" : director, text(u, "nameTh"));
            }
        }
        out.add(new Section("p1-executives", "คณะผู้บริหาร", List.of(execs.build())));
        out.add(new Section("p1-unit-directors", "ผู้อำนวยการกลุ่ม/หน่วย", List.of(directors.build())));
        return out;
    }

    /** Part 3, 1. ด้านบริหารจัดการศึกษา: Tables 1.1.1–1.1.6. */
    public static Section management(JsonNode s) {
        List<JsonNode> dates = list(s, "snapshotDates");
        String asOfNote = dates.isEmpty() ? null : "ข้อมูล ณ วันที่ " + ThaiDates.longDate(dates.get(dates.size() - 1).asText());
        List<Block> blocks = new ArrayList<>();

        Tables sizes = Tables.of("t1.1.1", "1.1.1 จำนวนโรงเรียนในสังกัด จำแนกตามขนาด", SRC,
                Column.text("size", "ขนาดสถานศึกษา"), Column.integer("schools", "จำนวนสถานศึกษา"),
                Column.percent("percent", "ร้อยละ"));
        JsonNode sz = node(s, "sizeClasses");
        for (JsonNode r : list(sz, "rows")) {
            String students = text(r, "students");
            sizes.row(text(r, "nameTh") + (students == null ? "" : " (นร." + students + " คน)"), lng(r, "schools"),
                    dec(r, "percent"));
        }
        if (sizes.dataRows() > 0) {
            sizes.totalRow("รวม", Arrays.asList(null, lng(sz, "totalSchools"), dec(sz, "totalPercent")));
        }
        blocks.add(sizes.note(asOfNote).build());

        Tables byDistrict = Tables.of("t1.1.2", "1.1.2 จำนวนนักเรียน จำแนกตามอำเภอ", SRC,
                Column.text("district", "อำเภอ"), Column.integer("boys", "ชาย"),
                Column.integer("girls", "หญิง"), Column.integer("total", "รวม"));
        JsonNode ed = node(s, "studentsByDistrict");
        for (JsonNode r : list(ed, "rows")) {
            byDistrict.row(text(r, "nameTh"), lng(r, "boys"), lng(r, "girls"), lng(r, "total"));
        }
        if (byDistrict.dataRows() > 0) {
            JsonNode t = node(ed, "total");
            byDistrict.totalRow("รวมทั้งสิ้น", present(t)
                    ? Arrays.asList(null, lng(t, "boys"), lng(t, "girls"), lng(t, "total")) : null);
        }
        blocks.add(byDistrict.note(asOfNote).build());

        Tables byGrade = Tables.of("t1.1.3", "1.1.3 จำนวนนักเรียนและจำนวนห้องเรียน", SRC,
                Column.text("level", "ระดับการศึกษา"), Column.text("grade", "ระดับชั้น"),
                Column.integer("students", "นักเรียน"), Column.integer("classrooms", "ห้อง"));
        JsonNode eg = node(s, "studentsByGrade");
        for (JsonNode level : list(eg, "levels")) {
            String levelName = text(level, "nameTh");
            boolean first = true;
            for (JsonNode g : list(level, "grades")) {
                byGrade.row(first ? levelName : "", text(g, "nameTh"), lng(g, "students"), lng(g, "classrooms"));
                first = false;
            }
            byGrade.subtotal("รวม" + nz(levelName), "", lng(level, "students"), lng(level, "classrooms"));
        }
        if (byGrade.dataRows() > 0) {
            byGrade.total("รวมทั้งสิ้น", "", lng(eg, "students"), lng(eg, "classrooms"));
        }
        blocks.add(byGrade.note(asOfNote).build());

        Tables staff = Tables.of("t1.1.4", "1.1.4 จำนวนผู้บริหารและข้าราชการครู จำแนกเป็นอำเภอ", SRC,
                Column.text("no", "ที่"), Column.text("district", "อำเภอ"),
                Column.integer("directors", "ผู้บริหาร"), Column.integer("deputies", "รองผู้บริหาร"),
                Column.integer("teachers", "ข้าราชการครู"), Column.integer("total", "รวม"));
        JsonNode sd = node(s, "staffByDistrict");
        int i = 0;
        for (JsonNode r : list(sd, "rows")) {
            staff.row(Integer.toString(++i), text(r, "nameTh"), lng(r, "directors"), lng(r, "deputies"),
                    lng(r, "teachers"), lng(r, "total"));
        }
        if (staff.dataRows() > 0) {
            JsonNode t = node(sd, "total");
            staff.totalRow("รวม", present(t) ? Arrays.asList(null, "", lng(t, "directors"), lng(t, "deputies"),
                    lng(t, "teachers"), lng(t, "total")) : null);
        }
        blocks.add(staff.build());

        Tables contract = Tables.of("t1.1.5", "1.1.5 จำนวนอัตราจ้างใน" + nz(text(s, "areaNameTh")), SRC,
                Column.text("type", "ประเภท (อัตราจ้าง)"), Column.integer("count", "จำนวน (คน)"));
        JsonNode cs = node(s, "contractStaff");
        for (JsonNode r : list(cs, "rows")) {
            contract.row(text(r, "nameTh"), lng(r, "count"));
        }
        if (contract.dataRows() > 0) {
            contract.totalRow("รวม", Arrays.asList(null, lng(cs, "total")));
        }
        blocks.add(contract.build());

        JsonNode os = node(s, "officeStaff");
        List<String> cats = texts(os, "categories");
        if (cats.isEmpty()) {
            cats = new ArrayList<>(STAFF_CATEGORIES.keySet());
        }
        List<Column> cols = new ArrayList<>();
        cols.add(Column.text("unit", "ตำแหน่ง/กลุ่ม"));
        for (String c : cats) {
            cols.add(Column.integer(c, STAFF_CATEGORIES.getOrDefault(c, c)));
        }
        cols.add(Column.integer("total", "รวม"));
        Tables office = Tables.of("t1.1.6", "1.1.6 ข้อมูลบุคลากร" + nz(text(s, "areaNameTh")), SRC,
                cols.toArray(Column[]::new));
        int k = 0;
        for (JsonNode r : list(os, "rows")) {
            office.row(officeRow((++k) + ". " + text(r, "nameTh"), r, cats));
        }
        if (office.dataRows() > 0) {
            JsonNode t = node(os, "total");
            office.total(officeRow("รวม", present(t) ? t : null, cats));
        }
        blocks.add(office.build());
        return new Section("p3-management", "1. ด้านบริหารจัดการศึกษา", blocks);
    }

    private static Object[] officeRow(String label, JsonNode r, List<String> cats) {
        Object[] cells = new Object[cats.size() + 2];
        cells[0] = label;
        JsonNode by = node(r, "byCategory");
        for (int c = 0; c < cats.size(); c++) {
            Long v = r == null ? null : lng(by, cats.get(c));
            cells[c + 1] = v == null || v == 0 ? null : v;
        }
        cells[cats.size() + 1] = r == null ? null : lng(r, "total");
        return cells;
    }

    /** Part 3, 3. ด้านโอกาสทางการศึกษา: admissions against the plan, and where P6 and M3 graduates went. */
    public static Section opportunity(JsonNode s, int fiscalYear, int academicYear) {
        List<Block> blocks = new ArrayList<>();
        Tables adm = Tables.of("t3.3.1", "3.1 ผลการรับนักเรียนเปรียบเทียบกับแผนรับนักเรียน ประจำปีงบประมาณ " + fiscalYear,
                SRC, Column.text("grade", "ระดับชั้น"), Column.integer("schools", "โรงเรียนที่เปิดรับ"),
                Column.integer("plannedRooms", "แผน: ห้องเรียน"), Column.integer("plannedStudents", "แผน: นักเรียน"),
                Column.integer("admittedRooms", "ผล: ห้องเรียน"), Column.percent("admittedRoomsPercent", "ร้อยละ"),
                Column.integer("admittedStudents", "ผล: นักเรียน"), Column.percent("admittedStudentsPercent", "ร้อยละ"));
        for (JsonNode r : list(node(s, "admissions"), "rows")) {
            adm.row(text(r, "nameTh"), lng(r, "schools"), lng(r, "plannedRooms"), lng(r, "plannedStudents"),
                    lng(r, "admittedRooms"), dec(r, "admittedRoomsPercent"), lng(r, "admittedStudents"),
                    dec(r, "admittedStudentsPercent"));
        }
        if (adm.dataRows() > 0) {
            // a school counts once per level, so the schools column has no meaningful total
            adm.totalRow("รวม", Arrays.asList(null, "")).percentInTotal(5, 4, 2).percentInTotal(7, 6, 3);
        }
        blocks.add(adm.build());

        JsonNode p6n = node(s, "p6Transitions");
        Long graduationYear = lng(p6n, "graduationYear");
        Tables p6 = Tables.of("t3.3.2", "3.2 ข้อมูลนักเรียนที่จบการศึกษาชั้นประถมศึกษาปีที่ 6 ปีการศึกษา "
                        + (graduationYear == null ? academicYear : graduationYear) + " เรียนต่อชั้นมัธยมศึกษาปีที่ 1", SRC,
                Column.text("item", "รายการ"), Column.integer("graduates", "จำนวนนักเรียนที่จบ ป.6"),
                Column.integer("continued", "เรียนต่อ (คน)"), Column.integer("notContinuing", "ไม่เรียนต่อ (คน)"),
                Column.integer("total", "รวม"), Column.percent("continuedPercent", "ร้อยละ"));
        if (present(p6n)) {
            p6.row(nz(text(p6n, "schools")) + " โรงเรียน", lng(p6n, "graduates"), lng(p6n, "continued"),
                    lng(p6n, "notContinuing"), lng(p6n, "total"), dec(p6n, "continuedPercent"));
        }
        blocks.add(p6.build());

        JsonNode m3n = node(s, "m3Transitions");
        Long m3Year = lng(m3n, "graduationYear");
        Tables m3 = Tables.of("t3.3.3", "3.3 ข้อมูลนักเรียนที่จบการศึกษาชั้นมัธยมศึกษาปีที่ 3 ปีการศึกษา "
                        + (m3Year == null ? academicYear : m3Year) + " เรียนต่อ", SRC,
                Column.text("item", "รายการ"), Column.integer("graduates", "จำนวนนักเรียนที่จบ ม.3"),
                Column.integer("general", "สายสามัญ (คน)"), Column.integer("vocational", "สายอาชีพ (คน)"),
                Column.integer("equivalent", "เทียบเท่า (คน)"), Column.integer("notContinuing", "ไม่เรียนต่อ (คน)"),
                Column.percent("continuedPercent", "ร้อยละเรียนต่อ"));
        if (present(m3n)) {
            m3.row(nz(text(m3n, "schools")) + " โรงเรียน", lng(m3n, "graduates"), lng(m3n, "general"),
                    lng(m3n, "vocational"), lng(m3n, "equivalent"), lng(m3n, "notContinuing"),
                    dec(m3n, "continuedPercent"));
        }
        blocks.add(m3.build());
        return new Section("p3-opportunity", "3. ด้านโอกาสทางการศึกษา", blocks);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
