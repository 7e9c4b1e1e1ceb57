package org.khet.report.checks;

import org.junit.jupiter.api.Test;
import org.khet.contracts.Finding;
import org.khet.contracts.codes.Severity;
import org.khet.contracts.codes.SubjectKind;
import org.khet.contracts.codes.StaffCategory;
import org.khet.contracts.read.project.PlanKind;
import org.khet.contracts.read.project.ProjectOwner;
import org.khet.contracts.read.project.ProjectView;
import org.khet.contracts.read.school.AreaProfile;
import org.khet.contracts.read.school.OfficeStaffMember;
import org.khet.contracts.read.school.OfficeUnit;
import org.khet.report.service.UpstreamData;
import org.khet.report.texts.ReportText;
import org.khet.report.texts.TextBlock;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One person's name written two ways: Thai names with their titles stripped, compared exactly and then fuzzily. */
class NameSpellingCheckTest {

    @Test
    void titlesSpacesAndTheOrderOfMarksAreNotPartOfAName() {
        assertEquals("พิสุทธา พัฒนทัศน์กุล", ThaiNames.normalise("  น.ส.พิสุทธา \u200B  พัฒนทัศน์กุล "));
        assertEquals("พิสุทธา พัฒนทัศน์กุล", ThaiNames.normalise("นางสาวพิสุทธา พัฒนทัศน์กุล"));
        assertEquals("สมชาย ใจดี", ThaiNames.normalise("ว่าที่ร้อยตรี ดร.สมชาย ใจดี"), "titles one after another");
        assertEquals("นางนวล ใจดี", ThaiNames.normalise("นางนางนวล ใจดี"), "นาง once: the given name keeps its own");
        // บุ่ง typed tone mark first (บ ่ ุ ง) and vowel first (บ ุ ่ ง): one name under NFC
        assertEquals(ThaiNames.normalise("นายบุ\u0E48ง ใจดี"), ThaiNames.normalise("นายบ\u0E48\u0E38ง ใจดี"));
    }

    @Test
    void aFewEditsInOnePartWithTheOtherPartTheSameIsOnePerson() {
        assertTrue(ThaiNames.sameWrittenDifferently("เกตุสุตา โพธิ์แก้ว", "เกตุสุดา โพธิ์แก้ว"), "ต/ด: 1 edit");
        assertTrue(ThaiNames.sameWrittenDifferently("วาริรัตน์ สติราษฎร์", "วาริรัตน์ สติราชฎ์"), "ษ/ช and ร: 2 edits");
        assertFalse(ThaiNames.sameWrittenDifferently("สมชาย ใจดี", "สมหญิง ใจดี"), "4 edits: two people of one family");
        assertFalse(ThaiNames.sameWrittenDifferently("ชนัดดา สมฤทธิ์", "นิศากร สมฤทธิ์"));
        assertFalse(ThaiNames.sameWrittenDifferently("สมชาย ใจดี", "สมชาญ ใจงาม"), "both parts differ");
        assertFalse(ThaiNames.sameWrittenDifferently("เพย", "เพ"), "no surname: too little to tell");
        assertEquals(2, ThaiNames.distance("สติราษฎร์", "สติราชฎ์"));
    }

    @Test
    void eachPersonWrittenSeveralWaysIsOneFindingNamingEverySpellingAndPlace() {
        List<Finding> out = NameSpellingCheck.check(List.of(
                new NameSpellingCheck.Written("นางเกตุสุตา โพธิ์แก้ว", "ทำเนียบผู้บริหาร: กลุ่มบริหารงานบุคคล", "head of unit personnel"),
                new NameSpellingCheck.Written("นางเกตุสุดา โพธิ์แก้ว", "โครงการเพิ่มเติม ที่ 26", "owner of additional project 26"),
                new NameSpellingCheck.Written("นางเกตุสุดา  โพธิ์แก้ว", "โครงการเพิ่มเติม ที่ 27", "owner of additional project 27"),
                new NameSpellingCheck.Written("นางเกตุสุดา โพธิแก้ว", "โครงการตามแผนปฏิบัติการ ที่ 1", "owner of action-plan project 1"),
                // the same after normalisation: silent
                new NameSpellingCheck.Written("น.ส.จิตติมา คำลือ", "โครงการตามแผนปฏิบัติการ ที่ 2", "owner of action-plan project 2"),
                new NameSpellingCheck.Written("นางสาวจิตติมา คำลือ", "ทำเนียบผู้บริหาร: กลุ่มอำนวยการ", "head of unit admin"),
                // two people of one family: silent
                new NameSpellingCheck.Written("นายสมชาย ใจดี", "โครงการตามแผนปฏิบัติการ ที่ 3", "owner of action-plan project 3"),
                new NameSpellingCheck.Written("นางสมหญิง ใจดี", "โครงการตามแผนปฏิบัติการ ที่ 3", "owner of action-plan project 3")));
        assertEquals(1, out.size(), out::toString);
        Finding f = out.get(0);
        assertEquals("report.name-spelling", f.code());
        assertEquals(Severity.MINOR, f.severity());
        assertEquals("report-service", f.source());
        assertEquals(SubjectKind.PERSON, f.subject().kind());
        assertEquals("นางเกตุสุตา โพธิ์แก้ว", f.subject().name(), "as first written");
        assertEquals("นางเกตุสุตา โพธิ์แก้ว", f.reported());
        // โพธิแก้ว is one edit from โพธิ์แก้ว with the given name the same as the second spelling's: the same person
        assertEquals("นางเกตุสุดา โพธิ์แก้ว / นางเกตุสุดา โพธิแก้ว", f.computed());
        // the spellings are the reported and computed figures; the message says where each is written, in turn
        assertEquals("ชื่อเดียวกันเขียน 3 แบบ ตามลำดับใน: ทำเนียบผู้บริหาร: กลุ่มบริหารงานบุคคล;"
                + " โครงการเพิ่มเติม ที่ 26, โครงการเพิ่มเติม ที่ 27; โครงการตามแผนปฏิบัติการ ที่ 1", f.messageTh());
        assertEquals("one name written 3 ways, in turn in: head of unit personnel; owner of additional project 26, "
                + "owner of additional project 27; owner of action-plan project 1", f.messageEn());
    }

    @Test
    void aSignatoryOfTheOfficesTextsIsComparedWithTheUnitDirectors() {
        AreaProfile office = new AreaProfile("5602", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพะเยา เขต 2", null, "primary", "พะเยา",
                null, null, null, List.of(new OfficeUnit("director", "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "executive",
                "นายสำเนียง อัดไพบูลย์", 1)));
        ReportText foreword = new ReportText(List.of(new ReportText.Element("paragraph", null,
                "หวังว่ารายงานฉบับนี้จะเป็นประโยชน์ (นายสำเนียง อัดไพบูรย์) ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", null)));
        UpstreamData d = new UpstreamData(office, null, null, null, null, null, null, null, null, null);
        List<NameSpellingCheck.Written> names = ReportChecks.names(d, Map.of(TextBlock.FOREWORD, foreword));
        assertEquals(List.of("นายสำเนียง อัดไพบูลย์", "นายสำเนียง อัดไพบูรย์"),
                names.stream().map(NameSpellingCheck.Written::name).toList());
        List<Finding> out = NameSpellingCheck.check(names);
        assertEquals(1, out.size());
        assertEquals("นายสำเนียง อัดไพบูรย์", out.get(0).computed());
        assertTrue(out.get(0).messageTh().endsWith("; ผู้ลงนามคำนำ"), out.get(0).messageTh());
    }

    @Test
    void theStaffRegistersSpellingAgainstAProjectOwnersIsOneFindingAndItsPlaceholdersNameNobody() {
        List<OfficeStaffMember> register = List.of(
                staff("นางสาวกนกวรรณ ศรีสุข", "ผู้อำนวยการกลุ่มนโยบายและแผน"),
                // placeholders, a made-up name and a role with a number: not read at all
                staff("บุคลากรนโยบายและแผน คนที่ 2 (ชื่อสมมติ)", "นักวิเคราะห์นโยบายและแผน"),
                staff("เจ้าหน้าที่การเงิน คนที่ ๔", "นักวิชาการเงินและบัญชี"));
        ProjectView p12 = project(PlanKind.ACTION_PLAN, 12, "นางสาวกนกวรรณ ศรีศุข", "บุคลากรนโยบายและแผน คนที่ 3");
        UpstreamData d = new UpstreamData(null, null, register, null, null, null, null, null, List.of(p12), null);

        List<NameSpellingCheck.Written> names = ReportChecks.names(d, Map.of());
        assertEquals(List.of("นางสาวกนกวรรณ ศรีสุข", "นางสาวกนกวรรณ ศรีศุข", "บุคลากรนโยบายและแผน คนที่ 3"),
                names.stream().map(NameSpellingCheck.Written::name).toList(), "the register's two placeholders skipped");
        List<Finding> out = NameSpellingCheck.check(names);
        // ศรีสุข / ศรีศุข: ส for ศ, one edit in a surname of 6 letters; the owner written as a role matches nobody
        assertEquals(1, out.size(), out::toString);
        Finding f = out.get(0);
        assertEquals("นางสาวกนกวรรณ ศรีสุข", f.reported(), "the register's spelling first");
        assertEquals("นางสาวกนกวรรณ ศรีศุข", f.computed());
        assertEquals("ชื่อเดียวกันเขียน 2 แบบ ตามลำดับใน: ทะเบียนบุคลากรสำนักงาน; แผนปฏิบัติการ ที่ 12", f.messageTh());
        assertEquals("one name written 2 ways, in turn in: the office staff register; owner of action-plan project 12",
                f.messageEn());

        // the same register with the owner spelled as the register spells it: silent
        ProjectView same = project(PlanKind.ACTION_PLAN, 12, "น.ส.กนกวรรณ ศรีสุข");
        assertEquals(List.of(), NameSpellingCheck.check(ReportChecks.names(
                new UpstreamData(null, null, register, null, null, null, null, null, List.of(same), null), Map.of())));
        // and a register of placeholders only, against owners one letter apart from them: silent too
        List<OfficeStaffMember> placeholders = List.of(staff("นายสมมติ ชื่อสมมติ", "นักจัดการงานทั่วไป"));
        ProjectView near = project(PlanKind.ADDITIONAL, 3, "นายสมมุติ ชื่อสมมติ");
        assertEquals(List.of(), NameSpellingCheck.check(ReportChecks.names(
                new UpstreamData(null, null, placeholders, null, null, null, null, null, List.of(near), null), Map.of())));
    }

    private static OfficeStaffMember staff(String name, String position) {
        return new OfficeStaffMember(UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)), "5602", name,
                position, StaffCategory.C2_38, "policy");
    }

    private static ProjectView project(PlanKind kind, int number, String... owners) {
        return new ProjectView(UUID.randomUUID(), "5602", 2566, kind, number, "โครงการพัฒนาระบบข้อมูลสารสนเทศ", null, null,
                null, null, null, null, null, null, null, null,
                Arrays.stream(owners).map(o -> new ProjectOwner(o, null)).toList(), null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), 1, null, null);
    }
}
