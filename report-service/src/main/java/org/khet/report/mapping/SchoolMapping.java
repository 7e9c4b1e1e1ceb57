package org.khet.report.mapping;

import org.khet.contracts.codes.StaffCategory;
import org.khet.contracts.read.school.AreaProfile;
import org.khet.contracts.read.school.AreaSummary;
import org.khet.contracts.read.school.OfficeUnit;
import org.khet.contracts.read.school.SchoolNetwork;
import org.khet.report.domain.Block;
import org.khet.report.domain.Column;
import org.khet.report.domain.ItemList;
import org.khet.report.domain.Paragraph;
import org.khet.report.domain.Section;
import org.khet.report.words.Words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * school-service → part 1 (basic data: {@code GET /v1/areas/{area}} profile and units, {@code …/networks}, and
 * Table 1 of {@code …/summary}) and part 3's management (1.1.1–1.1.6) and opportunity (3.1–3.3) sections. A null
 * answer (the service had no data) gives tables marked "no data".
 */
public final class SchoolMapping {
    static final String SRC = "school-service";
    private static final String EXECUTIVE = "executive";

    private SchoolMapping() {
    }

    public static String areaName(AreaProfile profile, AreaSummary summary) {
        if (profile != null && profile.nameTh() != null) {
            return profile.nameTh();
        }
        return summary == null ? null : summary.areaNameTh();
    }

    /**
     * Part 1, the basic data, as of the enrolment round the fiscal year's report prints (FY2566: 10 June 2566, academic
     * year 2566): networks count the schools that are members in {@code enrolmentYear}.
     */
    public static List<Section> part1(Words w, AreaProfile profile, List<SchoolNetwork> networks, AreaSummary s, int enrolmentYear) {
        List<Section> out = new ArrayList<>();
        List<OfficeUnit> units = new ArrayList<>(profile == null ? List.of() : orEmpty(profile.units()));
        units.sort(Comparator.comparingInt(OfficeUnit::sortOrder).thenComparing(OfficeUnit::nameTh, ThaiOrder.TEXT));

        List<Block> general = new ArrayList<>();
        if (profile != null && profile.address() != null) {
            general.add(new Paragraph(w.tr("ที่ตั้ง"), profile.address()));
        }
        if (profile != null && profile.phone() != null) {
            general.add(new Paragraph(w.tr("โทรศัพท์"), profile.phone()));
        }
        if (profile != null && profile.website() != null) {
            general.add(new Paragraph(w.tr("เว็บไซต์"), profile.website()));
        }
        List<String> groups = new ArrayList<>();
        for (OfficeUnit u : units) {
            if (!EXECUTIVE.equals(u.kind())) {
                groups.add(u.nameTh());
            }
        }
        general.add(new ItemList(w.tr("โครงสร้างการบริหารงาน (กลุ่ม/หน่วย)"), true, groups));
        out.add(new Section("p1-general", w.tr("ข้อมูลทั่วไป"), general));

        Tables districts = Tables.of(w, "t1", w.tr("ตารางที่ 1 แสดงเขตบริการการศึกษา ของ{0}", nz(areaName(profile, s))), SRC,
                Column.text("district", w.tr("อำเภอ")), Column.integer("subDistricts", w.tr("ตำบล")),
                Column.integer("villages", w.tr("หมู่บ้าน")), Column.integer("municipalities", w.tr("เทศบาล")),
                Column.integer("subDistrictAdministrations", w.tr("อบต.")), Column.decimal("areaKm2", w.tr("พื้นที่ (ตร.กม.)")),
                Column.integer("population", w.tr("ประชากร")), Column.integer("schools", w.tr("สถานศึกษา")));
        AreaSummary.Table1 t1 = s == null ? null : s.table1();
        for (AreaSummary.DistrictRow d : t1 == null ? List.<AreaSummary.DistrictRow>of() : orEmpty(t1.districts())) {
            districts.row(d.nameTh(), d.subDistricts(), d.villages(), d.municipalities(), d.subDistrictAdministrations(),
                    d.areaKm2(), d.population(), d.schools());
        }
        if (districts.dataRows() > 0) {
            AreaSummary.DistrictRow t = t1.total();
            districts.totalRow(w.tr("รวม"), t == null ? null : Arrays.asList(null, t.subDistricts(), t.villages(),
                    t.municipalities(), t.subDistrictAdministrations(), t.areaKm2(), t.population(), t.schools()));
        }
        out.add(new Section("p1-location", w.tr("สถานที่ตั้งและอาณาเขต"), List.of(districts.build())));

        Tables nw = Tables.of(w, "t1-networks", w.tr("เครือข่ายการบริหารจัดการพัฒนาคุณภาพการศึกษาแบบบูรณาการ"), SRC,
                Column.text("no", w.tr("ที่")), Column.text("network", w.tr("กลุ่มโรงเรียน")), Column.integer("schools", w.tr("จำนวนโรงเรียน")));
        List<String> clubs = new ArrayList<>();
        int n = 0;
        // the office's order (each network's position in its list), Thai order after the placed ones (ADR 0023)
        List<SchoolNetwork> ordered = new ArrayList<>(orEmpty(networks));
        ordered.sort(Comparator.comparing(SchoolNetwork::position, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SchoolNetwork::nameTh, ThaiOrder.TEXT));
        for (SchoolNetwork net : ordered) {
            if ("subject-club".equals(net.kind())) {
                clubs.add(net.nameTh());
                continue;
            }
            long members = orEmpty(net.members()).stream()
                    .filter(m -> m.fromYear() <= enrolmentYear && (m.toYear() == null || m.toYear() >= enrolmentYear))
                    .count();
            nw.row(Integer.toString(++n), "program".equals(net.kind()) ? w.tr("{0} (โรงเรียนขยายโอกาส)", net.nameTh()) : net.nameTh(),
                    members);
        }
        nw.note(w.tr("โรงเรียนหนึ่งอยู่ได้มากกว่าหนึ่งกลุ่ม (กลุ่มโรงเรียนการศึกษาภาคบังคับซ้อนกับกลุ่มตามพื้นที่) จึงไม่รวมยอด"));
        List<Block> nwBlocks = new ArrayList<>(List.of(nw.build()));
        nwBlocks.add(new ItemList(w.tr("เครือข่ายพัฒนางานวิชาการโรงเรียนในสังกัด (ชมรม/กลุ่ม)"), true, clubs));
        out.add(new Section("p1-networks", w.tr("กลุ่มเครือข่าย"), nwBlocks));

        Tables execs = Tables.of(w, "t1-executives", w.tr("คณะผู้บริหาร"), SRC,
                Column.text("name", w.tr("ชื่อ-สกุล")), Column.text("position", w.tr("ตำแหน่ง")));
        Tables directors = Tables.of(w, "t1-unit-directors", w.tr("ผู้อำนวยการกลุ่ม/หน่วย"), SRC,
                Column.text("name", w.tr("ชื่อ-สกุล")), Column.text("unit", w.tr("กลุ่ม/หน่วย")));
        // everyone who holds a unit, in the office's order (the director and all three deputies), one row each
        for (OfficeUnit u : units) {
            Tables table = EXECUTIVE.equals(u.kind()) ? execs : directors;
            List<String> holders = orEmpty(u.holders()).isEmpty() && u.directorName() != null
                    ? List.of(u.directorName()) : orEmpty(u.holders());
            if (holders.isEmpty()) {
                table.row("-", u.nameTh());
            }
            for (String holder : holders) {
                table.row(holder, u.nameTh());
            }
        }
        out.add(new Section("p1-executives", w.tr("คณะผู้บริหาร"), List.of(execs.build())));
        out.add(new Section("p1-unit-directors", w.tr("ผู้อำนวยการกลุ่ม/หน่วย"), List.of(directors.build())));
        return out;
    }

    /** Part 3, 1. ด้านบริหารจัดการศึกษา: Tables 1.1.1–1.1.6. */
    public static Section management(Words w, AreaSummary s) {
        List<LocalDate> dates = s == null ? List.of() : orEmpty(s.snapshotDates());
        String asOfNote = dates.isEmpty() ? null : w.tr("ข้อมูล ณ วันที่ {0}", w.date(dates.get(dates.size() - 1)));
        String areaName = s == null ? "" : nz(s.areaNameTh());
        List<Block> blocks = new ArrayList<>();
        // where collection rounds cover the year, how complete the tables are comes first: an incomplete round never
        // passes silently as the area's total ("รับทราบแล้ว 128 จาก 131 โรงเรียน ยังขาด: …", one line per feed kind)
        AreaSummary.SummaryCompleteness completeness = s == null ? null : s.completeness();
        for (AreaSummary.KindCompleteness k : completeness == null ? List.<AreaSummary.KindCompleteness>of() : orEmpty(completeness.rounds())) {
            blocks.add(new Paragraph(w.tr("ความครบถ้วนของข้อมูล (ตาราง {0})", String.join(", ", orEmpty(k.tables()))),
                    w.thai() || k.textEn() == null ? k.textTh() : k.textEn()));
        }

        Tables sizes = Tables.of(w, "t1.1.1", w.tr("1.1.1 จำนวนโรงเรียนในสังกัด จำแนกตามขนาด"), SRC,
                Column.text("size", w.tr("ขนาดสถานศึกษา")), Column.integer("schools", w.tr("จำนวนสถานศึกษา")),
                Column.percent("percent", w.tr("ร้อยละ")));
        AreaSummary.SizeClasses sz = part(s, AreaSummary::sizeClasses);
        for (AreaSummary.SizeClassRow r : sz == null ? List.<AreaSummary.SizeClassRow>of() : orEmpty(sz.rows())) {
            sizes.row(r.nameTh() + (r.students() == null ? "" : " " + w.tr("(นร.{0} คน)", r.students())), r.schools(), r.percent());
        }
        if (sizes.dataRows() > 0) {
            sizes.totalRow(w.tr("รวม"), Arrays.asList(null, sz.totalSchools(), sz.totalPercent()));
        }
        blocks.add(sizes.note(asOfNote).build());

        Tables byDistrict = Tables.of(w, "t1.1.2", w.tr("1.1.2 จำนวนนักเรียน จำแนกตามอำเภอ"), SRC,
                Column.text("district", w.tr("อำเภอ")), Column.integer("boys", w.tr("ชาย")),
                Column.integer("girls", w.tr("หญิง")), Column.integer("total", w.tr("รวม")));
        AreaSummary.StudentsByDistrict ed = part(s, AreaSummary::studentsByDistrict);
        for (AreaSummary.GenderRow r : ed == null ? List.<AreaSummary.GenderRow>of() : orEmpty(ed.rows())) {
            byDistrict.row(r.nameTh(), r.boys(), r.girls(), r.total());
        }
        if (byDistrict.dataRows() > 0) {
            AreaSummary.GenderRow t = ed.total();
            byDistrict.totalRow(w.tr("รวมทั้งสิ้น"), t == null ? null : Arrays.asList(null, t.boys(), t.girls(), t.total()));
        }
        blocks.add(byDistrict.note(asOfNote).build());

        Tables byGrade = Tables.of(w, "t1.1.3", w.tr("1.1.3 จำนวนนักเรียนและจำนวนห้องเรียน"), SRC,
                Column.text("level", w.tr("ระดับการศึกษา")), Column.text("grade", w.tr("ระดับชั้น")),
                Column.integer("students", w.tr("นักเรียน")), Column.integer("classrooms", w.tr("ห้อง")));
        AreaSummary.StudentsByGrade eg = part(s, AreaSummary::studentsByGrade);
        for (AreaSummary.LevelBlock level : eg == null ? List.<AreaSummary.LevelBlock>of() : orEmpty(eg.levels())) {
            boolean first = true;
            for (AreaSummary.GradeRow g : orEmpty(level.grades())) {
                byGrade.row(first ? level.nameTh() : "", g.nameTh(), g.students(), g.classrooms());
                first = false;
            }
            byGrade.subtotal(w.tr("รวม{0}", nz(level.nameTh())), "", level.students(), level.classrooms());
        }
        if (byGrade.dataRows() > 0) {
            byGrade.total(w.tr("รวมทั้งสิ้น"), "", eg.students(), eg.classrooms());
        }
        blocks.add(byGrade.note(asOfNote).build());

        Tables staff = Tables.of(w, "t1.1.4", w.tr("1.1.4 จำนวนผู้บริหารและข้าราชการครู จำแนกเป็นอำเภอ"), SRC,
                Column.text("no", w.tr("ที่")), Column.text("district", w.tr("อำเภอ")),
                Column.integer("directors", w.tr("ผู้บริหาร")), Column.integer("deputies", w.tr("รองผู้บริหาร")),
                Column.integer("teachers", w.tr("ข้าราชการครู")), Column.integer("total", w.tr("รวม")));
        AreaSummary.StaffByDistrict sd = part(s, AreaSummary::staffByDistrict);
        int i = 0;
        for (AreaSummary.StaffRow r : sd == null ? List.<AreaSummary.StaffRow>of() : orEmpty(sd.rows())) {
            staff.row(Integer.toString(++i), r.nameTh(), r.directors(), r.deputies(), r.teachers(), r.total());
        }
        if (staff.dataRows() > 0) {
            AreaSummary.StaffRow t = sd.total();
            staff.totalRow(w.tr("รวม"), t == null ? null
                    : Arrays.asList(null, "", t.directors(), t.deputies(), t.teachers(), t.total()));
        }
        blocks.add(staff.build());

        Tables contract = Tables.of(w, "t1.1.5", w.tr("1.1.5 จำนวนอัตราจ้างใน{0}", areaName), SRC,
                Column.text("type", w.tr("ประเภท (อัตราจ้าง)")), Column.integer("count", w.tr("จำนวน (คน)")));
        AreaSummary.ContractStaff cs = part(s, AreaSummary::contractStaff);
        for (AreaSummary.TypeCount r : cs == null ? List.<AreaSummary.TypeCount>of() : orEmpty(cs.rows())) {
            contract.row(r.nameTh(), r.count());
        }
        if (contract.dataRows() > 0) {
            contract.totalRow(w.tr("รวม"), Arrays.asList(null, cs.total()));
        }
        blocks.add(contract.build());

        AreaSummary.OfficeStaff os = part(s, AreaSummary::officeStaff);
        List<StaffCategory> cats = os == null || orEmpty(os.categories()).isEmpty()
                ? List.of(StaffCategory.values()) : os.categories();
        List<Column> cols = new ArrayList<>();
        cols.add(Column.text("unit", w.tr("ตำแหน่ง/กลุ่ม")));
        for (StaffCategory c : cats) {
            cols.add(Column.integer(c.code(), w.label(c)));
        }
        cols.add(Column.integer("total", w.tr("รวม")));
        Tables office = Tables.of(w, "t1.1.6", w.tr("1.1.6 ข้อมูลบุคลากร{0}", areaName), SRC, cols.toArray(Column[]::new));
        int k = 0;
        for (AreaSummary.UnitRow r : os == null ? List.<AreaSummary.UnitRow>of() : orEmpty(os.rows())) {
            office.row(officeRow((++k) + ". " + r.nameTh(), r, cats));
        }
        if (office.dataRows() > 0) {
            office.total(officeRow(w.tr("รวม"), os.total(), cats));
        }
        blocks.add(office.build());
        blocks.addAll(ComputedTables.blocks(w, part(s, AreaSummary::moreTables), SRC));
        return new Section("p3-management", w.tr("1. ด้านบริหารจัดการศึกษา"), blocks);
    }

    /** A unit's head counts in the categories' order; a zero prints as "-" like the printed report. */
    private static Object[] officeRow(String label, AreaSummary.UnitRow r, List<StaffCategory> cats) {
        Object[] cells = new Object[cats.size() + 2];
        cells[0] = label;
        Map<StaffCategory, Integer> by = r == null || r.byCategory() == null ? Map.of() : r.byCategory();
        for (int c = 0; c < cats.size(); c++) {
            Integer v = by.get(cats.get(c));
            cells[c + 1] = v == null || v == 0 ? null : v;
        }
        cells[cats.size() + 1] = r == null ? null : r.total();
        return cells;
    }

    /** Part 3, 3. ด้านโอกาสทางการศึกษา: admissions against the plan, and where P6 and M3 graduates went. */
    public static Section opportunity(Words w, AreaSummary s, int fiscalYear, int academicYear) {
        List<Block> blocks = new ArrayList<>();
        Tables adm = Tables.of(w, "t3.3.1", w.tr("3.1 ผลการรับนักเรียนเปรียบเทียบกับแผนรับนักเรียน ประจำปีงบประมาณ {0}", fiscalYear),
                SRC, Column.text("grade", w.tr("ระดับชั้น")), Column.integer("schools", w.tr("โรงเรียนที่เปิดรับ")),
                Column.integer("plannedRooms", w.tr("แผน: ห้องเรียน")), Column.integer("plannedStudents", w.tr("แผน: นักเรียน")),
                Column.integer("admittedRooms", w.tr("ผล: ห้องเรียน")), Column.percent("admittedRoomsPercent", w.tr("ร้อยละ")),
                Column.integer("admittedStudents", w.tr("ผล: นักเรียน")), Column.percent("admittedStudentsPercent", w.tr("ร้อยละ")));
        AreaSummary.Admissions admissions = part(s, AreaSummary::admissions);
        for (AreaSummary.AdmissionRow r : admissions == null ? List.<AreaSummary.AdmissionRow>of() : orEmpty(admissions.rows())) {
            adm.row(r.nameTh(), r.schools(), r.plannedRooms(), r.plannedStudents(), r.admittedRooms(),
                    r.admittedRoomsPercent(), r.admittedStudents(), r.admittedStudentsPercent());
        }
        if (adm.dataRows() > 0) {
            // a school counts once per level, so the schools column has no meaningful total
            adm.totalRow(w.tr("รวม"), Arrays.asList(null, "")).percentInTotal(5, 4, 2).percentInTotal(7, 6, 3);
        }
        blocks.add(adm.build());

        AreaSummary.PrimaryTransitions p6n = part(s, AreaSummary::p6Transitions);
        Tables p6 = Tables.of(w, "t3.3.2", w.tr("3.2 ข้อมูลนักเรียนที่จบการศึกษาชั้นประถมศึกษาปีที่ 6 ปีการศึกษา {0} เรียนต่อชั้นมัธยมศึกษาปีที่ 1",
                        p6n == null ? academicYear : p6n.graduationYear()), SRC,
                Column.text("item", w.tr("รายการ")), Column.integer("graduates", w.tr("จำนวนนักเรียนที่จบ ป.6")),
                Column.integer("continued", w.tr("เรียนต่อ (คน)")), Column.integer("notContinuing", w.tr("ไม่เรียนต่อ (คน)")),
                Column.integer("total", w.tr("รวม")), Column.percent("continuedPercent", w.tr("ร้อยละ")));
        if (p6n != null) {
            p6.row(w.tr("{0} โรงเรียน", p6n.schools()), p6n.graduates(), p6n.continued(), p6n.notContinuing(), p6n.total(),
                    p6n.continuedPercent());
        }
        blocks.add(p6.build());

        AreaSummary.SecondaryTransitions m3n = part(s, AreaSummary::m3Transitions);
        Tables m3 = Tables.of(w, "t3.3.3", w.tr("3.3 ข้อมูลนักเรียนที่จบการศึกษาชั้นมัธยมศึกษาปีที่ 3 ปีการศึกษา {0} เรียนต่อ",
                        m3n == null ? academicYear : m3n.graduationYear()), SRC,
                Column.text("item", w.tr("รายการ")), Column.integer("graduates", w.tr("จำนวนนักเรียนที่จบ ม.3")),
                Column.integer("general", w.tr("สายสามัญ (คน)")), Column.integer("vocational", w.tr("สายอาชีพ (คน)")),
                Column.integer("equivalent", w.tr("เทียบเท่า (คน)")), Column.integer("notContinuing", w.tr("ไม่เรียนต่อ (คน)")),
                Column.percent("continuedPercent", w.tr("ร้อยละเรียนต่อ")));
        if (m3n != null) {
            m3.row(w.tr("{0} โรงเรียน", m3n.schools()), m3n.graduates(), m3n.general(), m3n.vocational(), m3n.equivalent(),
                    m3n.notContinuing(), m3n.continuedPercent());
        }
        blocks.add(m3.build());
        return new Section("p3-opportunity", w.tr("3. ด้านโอกาสทางการศึกษา"), blocks);
    }

    /** A part of the summary, or null when the service had no summary. */
    private static <T> T part(AreaSummary s, Function<AreaSummary, T> part) {
        return s == null ? null : part.apply(s);
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
