package org.khet.kit.sql;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The kit's set-based SQL and COPY against the real PostgreSQL: values bound or escaped, never part of the SQL. */
@QuarkusTest
class SqlTest {
    /** Text that would break a COPY row or an SQL string if it were not escaped or bound. */
    static final List<String> AWKWARD = Arrays.asList(
            "โรงเรียนบ้านห้วยข้าวก่ำ", "tab\there", "two\nlines", "carriage\rreturn", "back\\slash", "\\N", "\\.",
            "", " ", "x'); drop table copy_probe; --", "emoji 🏫 and ไทย", null);

    @Inject
    Sql sql;

    record Probe(int id, String name, Integer size, BigDecimal amount, LocalDate day, Boolean open) {
    }

    @BeforeEach
    void table() {
        sql.update("create table if not exists copy_probe (id integer primary key, name text, size integer, "
                + "amount numeric(16, 2), day date, open boolean)");
        sql.update("truncate copy_probe");
    }

    private List<Probe> stored() {
        return sql.query("select id, name, size, amount, day, open from copy_probe order by id", rs -> new Probe(rs.getInt(1),
                rs.getString(2), (Integer) rs.getObject(3), rs.getBigDecimal(4), rs.getObject(5, LocalDate.class),
                (Boolean) rs.getObject(6)));
    }

    @Test
    void copyStoresEveryValueAsWritten() {
        List<Probe> sent = new ArrayList<>();
        for (int i = 0; i < AWKWARD.size(); i++) {
            sent.add(new Probe(i, AWKWARD.get(i), i % 3 == 0 ? null : i * 1000, i % 4 == 0 ? null : new BigDecimal("1234567.05"),
                    i % 5 == 0 ? null : LocalDate.of(2023, 6, 10).plusDays(i), i % 2 == 0 ? null : i % 3 == 1));
        }
        long copied = sql.copy("copy_probe", List.of("id", "name", "size", "amount", "day", "open"), w -> {
            for (Probe p : sent) {
                w.num(p.id()).text(p.name()).num(p.size()).decimal(p.amount()).date(p.day()).bool(p.open()).end();
            }
        });
        assertEquals(AWKWARD.size(), copied);
        assertEquals(sent, stored());
    }

    @Test
    void aLongTextCrossesTheBufferIntact() {
        String longText = "ก\\\t".repeat(200_000);
        sql.copy("copy_probe", List.of("id", "name"), w -> w.num(1).text(longText).end());
        assertEquals(longText, stored().get(0).name());
    }

    @Test
    void aRowOfTheWrongWidthIsRefusedAndNothingIsCopied() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> sql.copy("copy_probe", List.of("id", "name"), w -> w.num(1).text("ก").end().num(2).end()));
        assertTrue(e.getMessage().contains("1 field(s)"), e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> sql.copy("copy_probe", List.of("id", "name"), w -> w.num(1).text("a").text("b")));
        assertEquals(List.of(), stored(), "the copy was cancelled: not even the first row is stored");
    }

    @Test
    void tableAndColumnNamesMustBePlainIdentifiers() {
        for (String bad : List.of("copy_probe; drop table copy_probe", "\"copy_probe\"", "Copy_Probe", "copy_probe (id)")) {
            assertThrows(IllegalArgumentException.class, () -> sql.copy(bad, List.of("id"), w -> w.num(1).end()), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> sql.copy("copy_probe", List.of("id) from stdin; --"), w -> {
        }));
        assertEquals(List.of(), stored());
    }

    @Test
    void arraysAreBoundAsOneParameterAndValuesNeverBecomeSql() {
        int inserted = sql.update("""
                insert into copy_probe (id, name, size, day)
                select * from unnest(?::integer[], ?::text[], ?::integer[], ?::date[])""",
                new Integer[]{1, 2, 3}, new String[]{AWKWARD.get(9), "ไทย", null}, new Integer[]{10, null, 30},
                new LocalDate[]{LocalDate.of(2566 - 543, 5, 16), null, LocalDate.of(2024, 3, 31)});
        assertEquals(3, inserted);
        assertEquals(List.of(AWKWARD.get(9), "ไทย"), sql.query("select name from copy_probe where name = any(?) order by id",
                rs -> rs.getString(1), (Object) new String[]{AWKWARD.get(9), "ไทย", "ไม่มี"}));
        assertEquals(List.of(2), sql.query("select id from copy_probe where size is null and day is null", rs -> rs.getInt(1)));
        assertThrows(IllegalArgumentException.class, () -> sql.query("select ?", rs -> 1, (Object) new Object[]{1}),
                "an array of no known element type");
    }
}
