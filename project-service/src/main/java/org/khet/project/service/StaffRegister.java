package org.khet.project.service;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.khet.contracts.events.school.OfficeStaffChanged;
import org.khet.contracts.read.project.ProjectOwner;
import org.khet.contracts.read.school.OfficeStaffMember;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The office staff replica (table {@code office_staff}, kept from school-service's
 * {@code school.OfficeStaffChanged.v1} by {@link org.khet.project.events.OfficeStaffReplica}) and the owner rules:
 * an owner given with a staff id must be on the staff of the project's area; an owner given by name only is linked
 * to the one staff member of the area with that name (whitespace and title normalised); any other name is kept as
 * written and reported in the summary.
 */
@ApplicationScoped
public class StaffRegister {
    private final AgroalDataSource dataSource;

    public StaffRegister(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public record Member(String id, String nameTh) {
    }

    /** An area's staff as read once, for checking and linking every owner of a request or a feed. */
    public static final class Staff {
        private final String areaCode;
        private final Map<String, Member> byId = new HashMap<>();
        private final Map<String, List<Member>> byName = new HashMap<>();

        Staff(String areaCode, List<Member> members) {
            this.areaCode = areaCode;
            for (Member m : members) {
                byId.put(m.id(), m);
                byName.computeIfAbsent(nameKey(m.nameTh()), k -> new ArrayList<>()).add(m);
            }
        }

        /**
         * The owners with their staff ids checked (an unknown id is reported to {@code error} with the owner's
         * index) and set where the name matches exactly one staff member.
         *
         * @param stored the staff ids the project already has: kept even when that person has left the register
         *               since (a project read and written back unchanged, or a feed sent again, stays valid)
         */
        public List<ProjectOwner> link(List<ProjectOwner> owners, java.util.Set<String> stored, BiConsumer<Integer, String> error) {
            List<ProjectOwner> out = new ArrayList<>();
            for (int i = 0; i < owners.size(); i++) {
                ProjectOwner o = owners.get(i);
                if (o.staffId() != null) {
                    if (!byId.containsKey(o.staffId()) && !stored.contains(o.staffId())) {
                        error.accept(i, "'" + o.staffId() + "' is not on the office staff of area " + areaCode
                                + " (school-service's register)");
                    }
                    out.add(o);
                    continue;
                }
                List<Member> named = byName.getOrDefault(nameKey(o.nameTh()), List.of());
                out.add(named.size() == 1 ? new ProjectOwner(o.nameTh(), named.get(0).id()) : o);
            }
            return out;
        }

        /** How many are on the register and how many of them are placeholders. */
        public Quality quality() {
            int placeholders = (int) byId.values().stream().filter(m -> OfficeStaffMember.placeholder(m.nameTh())).count();
            return new Quality(byId.size(), placeholders);
        }

        /** Whether the owner is on the area's staff: by its staff id, or else by name. */
        public boolean knows(ProjectOwner o) {
            return o.staffId() != null ? byId.containsKey(o.staffId()) : byName.containsKey(nameKey(o.nameTh()));
        }
    }

    /**
     * How real a register is: its members and how many of them are placeholders, names that stand for nobody (the
     * demo's "บุคลากรอำนวยการ คนที่ 2 (ชื่อสมมติ)"). A register where more than half are placeholders cannot say who
     * is not on the staff (ADR 0024).
     */
    public record Quality(int members, int placeholders) {
        public boolean realEnough() {
            return placeholders * 2 <= members;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Staff of(String areaCode) {
        List<Member> members = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select id, name_th from office_staff where area_code = ?")) {
            ps.setString(1, areaCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.add(new Member(rs.getString(1), rs.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the office staff of area " + areaCode, e);
        }
        return new Staff(areaCode, members);
    }

    /** Applies one staff event in the caller's transaction (the consumer's, which also records the event id). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(OfficeStaffChanged e) {
        if (e == null || e.id() == null || e.id().isBlank()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            if (e.removed() || e.nameTh() == null || e.areaCode() == null) {
                try (PreparedStatement ps = c.prepareStatement("delete from office_staff where id = ?")) {
                    ps.setString(1, e.id());
                    ps.executeUpdate();
                }
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into office_staff (id, area_code, name_th, position, category, unit_code, updated_at)
                    values (?, ?, ?, ?, ?, ?, now())
                    on conflict (id) do update set area_code = excluded.area_code, name_th = excluded.name_th,
                        position = excluded.position, category = excluded.category,
                        unit_code = excluded.unit_code, updated_at = now()""")) {
                ps.setString(1, e.id());
                ps.setString(2, e.areaCode());
                ps.setString(3, e.nameTh().strip());
                ps.setString(4, e.position());
                ps.setString(5, e.category());
                ps.setString(6, e.unitCode());
                ps.executeUpdate();
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot apply office staff event for " + e.id(), ex);
        }
    }

    /** Titles as the report writes them, longest first; น.ส. is นางสาว. */
    private static final String[][] TITLES = {{"นางสาว", "นางสาว"}, {"น.ส.", "นางสาว"}, {"นาย", "นาย"}, {"นาง", "นาง"}};

    /**
     * A name as compared: whitespace (zero-width spaces too) collapsed, and the title prefix written one way and
     * separated by one space, so that "น.ส.จิตติมา  คำลือ" and "นางสาวจิตติมา คำลือ" are the same person.
     */
    public static String nameKey(String name) {
        if (name == null) {
            return "";
        }
        String s = name.replace('\u200B', ' ').replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
        for (String[] t : TITLES) {
            if (s.startsWith(t[0])) {
                return t[1] + " " + s.substring(t[0].length()).strip();
            }
        }
        return s;
    }
}
