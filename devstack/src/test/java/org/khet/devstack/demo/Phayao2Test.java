package org.khet.devstack.demo;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.*;

/** The generated schools reproduce every total the seed report prints for Part 1. */
class Phayao2Test {
    final List<Phayao2.School> schools = Phayao2.schools(2566);

    @Test
    void schoolsPerDistrictAndBranches() {
        assertEquals(131, schools.size());
        assertEquals(3, schools.stream().filter(s -> s.branchOf != null).count());
        Map<String, Long> perDistrict = schools.stream().collect(Collectors.groupingBy(s -> s.district.nameTh(), Collectors.counting()));
        assertEquals(Map.of("จุน", 23L, "เชียงคำ", 37L, "เชียงม่วน", 13L, "ปง", 39L, "ภูซาง", 19L), perDistrict);
    }

    @Test
    void sizeClassesAreThoseOfTable111() {
        Map<String, Long> bySize = schools.stream().collect(Collectors.groupingBy(Phayao2.School::sizeClass, Collectors.counting()));
        assertEquals(Map.of("small", 89L, "medium", 41L, "large", 1L), bySize);
    }

    @Test
    void studentsByDistrictAndGenderAreThoseOfTable112() {
        for (Phayao2.District d : Phayao2.DISTRICTS) {
            int boys = schools.stream().filter(s -> s.district == d).mapToInt(s -> java.util.Arrays.stream(s.boys).sum()).sum();
            int girls = schools.stream().filter(s -> s.district == d).mapToInt(s -> java.util.Arrays.stream(s.girls).sum()).sum();
            assertEquals(d.boys(), boys, d.nameTh());
            assertEquals(d.girls(), girls, d.nameTh());
        }
        assertEquals(14312, schools.stream().mapToInt(s -> s.total).sum());
    }

    @Test
    void studentsAndRoomsByGradeAreThoseOfTable113() {
        for (int g = 0; g < Phayao2.GRADES.size(); g++) {
            final int j = g;
            assertEquals(Phayao2.GRADE_STUDENTS[g], schools.stream().mapToInt(s -> s.students(j)).sum(), Phayao2.GRADES.get(g));
            assertEquals(Phayao2.GRADE_ROOMS[g], schools.stream().mapToInt(s -> s.rooms[j]).sum(), Phayao2.GRADES.get(g));
        }
        assertEquals(1086, schools.stream().mapToInt(s -> java.util.Arrays.stream(s.rooms).sum()).sum());
        for (Phayao2.School s : schools) {
            assertEquals(s.total, java.util.Arrays.stream(s.boys).sum() + java.util.Arrays.stream(s.girls).sum(), s.code);
            assertTrue(java.util.Arrays.stream(s.rooms).sum() > 0, "every school has a classroom: " + s.code);
            for (int g = 9; g < 12; g++) {
                assertTrue(s.expansion || s.students(g) == 0, "only expansion schools teach M1–M3: " + s.code);
            }
        }
    }

    @Test
    void networksAndExpansionSchools() {
        assertEquals(30, schools.stream().filter(s -> s.expansion).count());
        Map<String, Long> members = schools.stream().flatMap(s -> s.networks.stream())
                .collect(Collectors.groupingBy(n -> n, Collectors.counting()));
        assertEquals(12L, members.get("5602-n01"));
        assertEquals(11L, members.get("5602-n02"));
        assertEquals(21L, members.get("5602-n03"));
        assertEquals(18L, members.get("5602-n04"));
        assertEquals(17L, members.get("5602-n05"));
        assertEquals(20L, members.get("5602-n06"));
        assertEquals(13L, members.get("5602-n07"));
        assertEquals(19L, members.get("5602-n08"));
        assertEquals(30L, members.get("5602-n09"));
    }

    @Test
    void staffAreThoseOfTables114And115() {
        for (Phayao2.District d : Phayao2.DISTRICTS) {
            List<Phayao2.School> ds = schools.stream().filter(s -> s.district == d).toList();
            assertEquals(d.directors(), ds.stream().mapToInt(s -> s.directors).sum(), d.nameTh());
            assertEquals(d.deputies(), ds.stream().mapToInt(s -> s.deputies).sum(), d.nameTh());
            assertEquals(d.teachers(), ds.stream().mapToInt(s -> s.teachers).sum(), d.nameTh());
        }
        for (var e : Phayao2.CONTRACT_STAFF.entrySet()) {
            assertEquals(e.getValue(), schools.stream().mapToInt(s -> s.contractStaff.getOrDefault(e.getKey(), 0)).sum(), e.getKey());
        }
    }

    @Test
    void theSameSeedGivesTheSameSchools() {
        List<Phayao2.School> again = Phayao2.schools(2566);
        for (int i = 0; i < schools.size(); i++) {
            assertArrayEquals(schools.get(i).boys, again.get(i).boys);
            assertEquals(schools.get(i).nameTh, again.get(i).nameTh);
        }
    }
}
