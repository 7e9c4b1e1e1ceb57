package org.khet.report.editions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.kit.problem.ProblemException;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The published editions (table report_edition, V3; its English copy V4): the frozen JSON as bytes, its SHA-256, the data versions, who
 * published and when; numbered 1, 2, 3 per area and fiscal year. Rows are only ever inserted.
 */
@ApplicationScoped
public class Editions {
    /** An edition with its frozen JSON, Thai and English (null: published before reports had an English copy). */
    public record Stored(Edition edition, byte[] content, byte[] contentEn) {
    }

    private static final String COLUMNS = "area_code, fiscal_year, number, content_sha256, published_by, published_at, "
            + "data_versions::text";
    private final DataSource db;
    private final ObjectMapper json;

    public Editions(DataSource db, ObjectMapper json) {
        this.db = db;
        this.json = json;
    }

    /**
     * Stores the next edition of the area and year; a 409 when its content is that of the latest edition (nothing
     * changed since). Publications of one area and year queue on a transaction lock, so numbers never collide.
     */
    @Transactional
    public Edition publish(String area, int fiscalYear, byte[] content, byte[] contentEn, String sha256, DataVersions versions,
                           String actor) {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
                ps.setString(1, "report_edition " + area + " " + fiscalYear);
                ps.execute();
            }
            int latest = 0;
            String latestHash = null;
            try (PreparedStatement ps = c.prepareStatement("select number, content_sha256 from report_edition "
                    + "where area_code = ? and fiscal_year = ? order by number desc limit 1")) {
                ps.setString(1, area);
                ps.setInt(2, fiscalYear);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        latest = rs.getInt(1);
                        latestHash = rs.getString(2);
                    }
                }
            }
            if (sha256.equals(latestHash)) {
                throw ProblemException.conflict("nothing changed since edition " + latest + " of area " + area
                        + " for fiscal year " + fiscalYear + ": the report is the same, figure for figure and word for "
                        + "word (SHA-256 " + sha256 + "); no edition was published");
            }
            try (PreparedStatement ps = c.prepareStatement("insert into report_edition (area_code, fiscal_year, number, "
                    + "content, content_sha256, data_versions, published_by, content_en) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?) "
                    + "returning " + COLUMNS)) {
                ps.setString(1, area);
                ps.setInt(2, fiscalYear);
                ps.setInt(3, latest + 1);
                ps.setBytes(4, content);
                ps.setString(5, sha256);
                ps.setString(6, write(versions));
                ps.setString(7, actor);
                ps.setBytes(8, contentEn);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return edition(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The editions of an area and year, oldest first. */
    public List<Edition> list(String area, int fiscalYear) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                + " from report_edition where area_code = ? and fiscal_year = ? order by number")) {
            ps.setString(1, area);
            ps.setInt(2, fiscalYear);
            List<Edition> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(edition(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<Stored> get(String area, int fiscalYear, int number) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select " + COLUMNS
                + ", content, content_en from report_edition where area_code = ? and fiscal_year = ? and number = ?")) {
            ps.setString(1, area);
            ps.setInt(2, fiscalYear);
            ps.setInt(3, number);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Stored(edition(rs), rs.getBytes(8), rs.getBytes(9))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Edition edition(ResultSet rs) throws SQLException {
        String area = rs.getString(1);
        int fy = rs.getInt(2);
        int n = rs.getInt(3);
        return new Edition(area, fy, n, rs.getString(4), rs.getString(5), rs.getObject(6, OffsetDateTime.class),
                "/v1/reports/editions/" + area + "/" + fy + "/" + n, read(rs.getString(7)));
    }

    private String write(DataVersions v) {
        try {
            return json.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private DataVersions read(String s) {
        try {
            return json.readValue(s, DataVersions.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
