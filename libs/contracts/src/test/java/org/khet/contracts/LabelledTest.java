package org.khet.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.khet.contracts.codes.Labelled;
import org.khet.contracts.codes.OrgUnitKind;
import org.khet.contracts.codes.ProjectStatus;
import org.khet.contracts.codes.RoundState;
import org.khet.contracts.codes.RoundStatus;
import org.khet.contracts.codes.SchoolStatus;
import org.khet.contracts.codes.Severity;
import org.khet.contracts.codes.StaffCategory;
import org.khet.contracts.codes.SubjectKind;
import org.khet.contracts.codes.SubmissionStatus;
import org.khet.contracts.read.project.Achievement;
import org.khet.contracts.read.project.FundingSource;
import org.khet.contracts.read.project.PlanKind;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Every labelled enum travels as its wire value and reads it back; an unknown value names the known ones. */
class LabelledTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final List<Class<? extends Enum<?>>> ENUMS = List.of(OrgUnitKind.class, ProjectStatus.class, RoundStatus.class,
            RoundState.class, SubmissionStatus.class,
            SchoolStatus.class, Severity.class, StaffCategory.class, SubjectKind.class, Achievement.class,
            FundingSource.class, PlanKind.class);

    @Test
    void everyConstantIsWrittenAsItsCodeAndReadBack() throws Exception {
        for (Class<? extends Enum<?>> type : ENUMS) {
            for (Enum<?> e : type.getEnumConstants()) {
                Labelled l = (Labelled) e;
                assertEquals("\"" + l.code() + "\"", JSON.writeValueAsString(e), type.getSimpleName() + "." + e.name());
                assertSame(e, JSON.readValue("\"" + l.code() + "\"", type));
                assertFalse(l.labelTh().isBlank(), e.name());
                assertFalse(l.labelEn().isBlank(), e.name());
            }
        }
    }

    @Test
    void theWireValuesAreTheOnesStoredAndSent() {
        assertEquals("38kh", StaffCategory.KH38.code());
        assertEquals("ข้าราชการ 38 ข.", StaffCategory.KH38.labelTh());
        assertEquals("ACTION_PLAN", PlanKind.ACTION_PLAN.code(), "the project vocabulary's value is the constant's name");
        assertEquals(List.of("minor", "major"), Labelled.codes(Severity.class));
    }

    @Test
    void anUnknownValueNamesTheKnownOnesAndNullIsNull() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SchoolStatus.of("shut"));
        assertEquals("unknown SchoolStatus 'shut'; known: [open, merged, closed]", e.getMessage());
        assertNull(SchoolStatus.of(null));
    }
}
