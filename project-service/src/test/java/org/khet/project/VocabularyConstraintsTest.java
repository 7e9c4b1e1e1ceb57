package org.khet.project;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.khet.contracts.codes.Labelled;
import org.khet.contracts.codes.ProjectStatus;
import org.khet.contracts.read.project.Achievement;
import org.khet.contracts.read.project.FundingSource;
import org.khet.contracts.read.project.PlanKind;
import org.khet.project.domain.BudgetCategory;
import org.khet.testkit.EmbeddedPostgresResource;
import org.khet.testkit.KafkaResource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The database's check constraints list the same codes as the vocabulary the service reads and writes them with:
 * a code added to an enum and not to the table (or the other way round) fails here, not on a user's insert.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
class VocabularyConstraintsTest {
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    @Inject
    AgroalDataSource db;

    @Test
    void projectColumnsAllowExactlyTheVocabularysCodes() throws SQLException {
        assertEquals(codes(PlanKind.values()), allowed("project", "plan_kind"));
        assertEquals(codes(ProjectStatus.values()), allowed("project", "status"));
        assertEquals(codes(Achievement.values()), allowed("project", "achieved"));
        assertEquals(codes(FundingSource.values()), allowed("project", "funding_source"));
        assertEquals(BudgetCategory.codes(), allowed("project", "budget_category"));
        assertEquals(codes(PlanKind.values()), allowed("project_list_report", "plan_kind"));
    }

    private static List<String> codes(Labelled[] values) {
        List<String> out = new ArrayList<>();
        for (Labelled v : values) {
            out.add(v.code());
        }
        return out;
    }

    /** The quoted values of the one check constraint of {@code table} on {@code column}, in their order. */
    private List<String> allowed(String table, String column) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     select pg_get_constraintdef(k.oid)
                       from pg_constraint k
                       join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any (k.conkey)
                      where k.conrelid = cast(? as regclass) and k.contype = 'c' and a.attname = ?""")) {
            ps.setString(1, table);
            ps.setString(2, column);
            List<String> definitions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    definitions.add(rs.getString(1));
                }
            }
            assertEquals(1, definitions.size(), table + "." + column + " has one check constraint: " + definitions);
            List<String> values = new ArrayList<>();
            Matcher m = QUOTED.matcher(definitions.get(0));
            while (m.find()) {
                values.add(m.group(1));
            }
            return values;
        }
    }
}
