package org.khet.report.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.khet.contracts.read.school.AreaProfile;
import org.khet.contracts.read.school.OfficeUnit;
import org.khet.contracts.read.school.SchoolNetwork;
import org.khet.report.domain.ItemList;
import org.khet.report.domain.Row;
import org.khet.report.domain.Section;
import org.khet.report.domain.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Part 1's lists come in the office's order, stored with the data (issue #22, ADR 0023), from school-service's real
 * answers for the demo (the fixtures its ReportFixtureTest writes): the networks and subject clubs as the seed prints
 * them (5.1, 5.2), the executives table with the director and all three deputies, the units in the office's order;
 * where the office gave no order, Thai order.
 */
class OfficeListsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of("src", "test", "resources", "fixtures", "5602");

    private static List<Section> part1(AreaProfile profile, List<SchoolNetwork> networks) {
        return SchoolMapping.part1(org.khet.report.words.Words.TH, profile, networks, null, 2566);
    }

    private static <T> T section(List<Section> sections, String id, Class<T> kind, int index) {
        Section s = sections.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return kind.cast(s.blocks().stream().filter(kind::isInstance).toList().get(index));
    }

    private static List<String> column(Table t, int column) {
        return t.rows().stream().map(Row::cells).map(c -> String.valueOf(c.get(column))).toList();
    }

    private static AreaProfile demoProfile() throws Exception {
        return JSON.readValue(FIXTURES.resolve("area.json").toFile(), AreaProfile.class);
    }

    private static List<SchoolNetwork> demoNetworks() throws Exception {
        return JSON.readValue(FIXTURES.resolve("networks.json").toFile(), new TypeReference<List<SchoolNetwork>>() {
        });
    }

    @Test
    void theDemosListsComeInTheSeedsOrder() throws Exception {
        // school-service answers the networks by kind; shuffled, the report still prints the office's order
        List<SchoolNetwork> networks = new ArrayList<>(demoNetworks());
        Collections.reverse(networks);
        List<Section> p1 = part1(demoProfile(), networks);

        Table nw = section(p1, "p1-networks", Table.class, 0);
        assertEquals(List.of("กลุ่มโรงเรียนจุน 1", "กลุ่มโรงเรียนจุน 2", "กลุ่มโรงเรียนปง 1", "กลุ่มโรงเรียนปง 2",
                "กลุ่มโรงเรียนเชียงคำ 1", "กลุ่มโรงเรียนเชียงคำ 2", "กลุ่มโรงเรียนเชียงม่วน", "กลุ่มโรงเรียนภูซาง",
                "กลุ่มโรงเรียนการศึกษาภาคบังคับ (โรงเรียนขยายโอกาส)"), column(nw, 1).subList(0, 9));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), column(nw, 0).subList(0, 9));
        assertEquals(List.of("ชมรมครูวิทยาศาสตร์", "ชมรมครูงานอาชีพและเทคโนโลยี", "ชมรมครูสังคมศึกษา", "ชมรมครูศิลปะ",
                "ชมรมครูกลุ่มปฐมวัย", "ชมรมครูคณิตศาสตร์", "ชมรมครูภาษาไทย", "ชมรมครูสุขศึกษาและพลศึกษา",
                "ชมรมครูภาษาต่างประเทศ", "ชมรมครูกิจกรรมพัฒนาผู้เรียน", "กลุ่มไทรศึกษา"),
                section(p1, "p1-networks", ItemList.class, 0).items());

        // คณะผู้บริหาร: the director and the three deputies, as the seed's page 6
        Table execs = section(p1, "p1-executives", Table.class, 0);
        assertEquals(List.of("นายสำเนียง อัดไพบูลย์", "นายนิคม กิรติวรังกูร", "นางนพมาศ วรผาบ", "นางสาวอ้อนจันทร์ คำเพราะ"),
                column(execs, 0));
        assertEquals(List.of("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา",
                "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา", "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา"), column(execs, 1));

        // the units in the office's order (its sortOrder, as table 1.1.6 prints them)
        Table directors = section(p1, "p1-unit-directors", Table.class, 0);
        assertEquals(List.of("กลุ่มอำนวยการ", "กลุ่มบริหารงานการเงินและสินทรัพย์", "กลุ่มบริหารงานบุคคล", "กลุ่มนโยบายและแผน",
                "กลุ่มส่งเสริมการจัดการศึกษา", "หน่วยตรวจสอบภายใน", "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
                "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร", "กลุ่มพัฒนาครูและบุคลากรทางการศึกษา",
                "กลุ่มกฎหมายและคดี"), column(directors, 1));
        assertEquals(10, section(p1, "p1-general", ItemList.class, 0).items().size());
    }

    @Test
    void withoutTheOfficesOrderThaiOrder() {
        // no positions: Thai dictionary order (จ, ช under its leading vowel, ป, ภ), not the codes' nor Unicode's
        List<SchoolNetwork> networks = List.of(
                new SchoolNetwork("x-1", "9999", "กลุ่มโรงเรียนภูซาง", "cluster", List.of(), null),
                new SchoolNetwork("x-2", "9999", "กลุ่มโรงเรียนเชียงคำ", "cluster", List.of(), null),
                new SchoolNetwork("x-3", "9999", "กลุ่มโรงเรียนปง", "cluster", List.of(), null),
                new SchoolNetwork("x-4", "9999", "กลุ่มโรงเรียนจุน", "cluster", List.of(), null),
                new SchoolNetwork("x-5", "9999", "กลุ่มโรงเรียนเชียงม่วน", "cluster", List.of(), 1));
        Table nw = section(part1(null, networks), "p1-networks", Table.class, 0);
        assertEquals(List.of("กลุ่มโรงเรียนเชียงม่วน", "กลุ่มโรงเรียนจุน", "กลุ่มโรงเรียนเชียงคำ", "กลุ่มโรงเรียนปง",
                "กลุ่มโรงเรียนภูซาง"), column(nw, 1).subList(0, 5));

        // units of one sort order in Thai order; a unit nobody holds prints "-" once
        AreaProfile profile = new AreaProfile("9999", "เขตทดสอบ", null, "primary", null, null, null, null, List.of(
                new OfficeUnit("z", "กลุ่มอำนวยการ", "group", "นางหนึ่ง", 3),
                new OfficeUnit("a", "กลุ่มนโยบายและแผน", "group", null, 3)));
        Table directors = section(part1(profile, List.of()), "p1-unit-directors", Table.class, 0);
        assertEquals(List.of("กลุ่มนโยบายและแผน", "กลุ่มอำนวยการ"), column(directors, 1));
        assertEquals(List.of("-", "นางหนึ่ง"), column(directors, 0));
    }
}
