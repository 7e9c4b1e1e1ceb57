package org.khet.school.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.khet.contracts.BuddhistEra;
import org.khet.contracts.events.school.NetworkChanged;
import org.khet.contracts.read.school.SchoolNetwork;
import org.khet.kit.org.OrgDirectory;
import org.khet.kit.outbox.Outbox;
import org.khet.kit.problem.Problem;
import org.khet.kit.problem.ProblemException;
import org.khet.kit.security.AccessControl;
import org.khet.school.api.OrgDtos.MemberInput;
import org.khet.school.api.OrgDtos.NetworkInput;
import org.khet.school.domain.Network;
import org.khet.school.domain.School;
import org.khet.school.repository.Jdbc;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * School networks (กลุ่มเครือข่าย: clusters by place, program networks, subject clubs) and their year-bounded
 * membership, history kept; each change published as {@code school.NetworkChanged.v1} with every membership.
 */
@ApplicationScoped
@Transactional
public class NetworkService {
    private final SchoolService schools;
    private final OrgDirectory directory;
    private final Outbox outbox;
    private final AccessControl access;
    private final EntityManager em;
    private final Jdbc jdbc;

    public NetworkService(SchoolService schools, OrgDirectory directory, Outbox outbox, AccessControl access,
                          EntityManager em, Jdbc jdbc) {
        this.schools = schools;
        this.directory = directory;
        this.outbox = outbox;
        this.access = access;
        this.em = em;
        this.jdbc = jdbc;
    }

    public Versioned<SchoolNetwork> putNetwork(String code, NetworkInput in, LongConsumer ifMatch) {
        if (code == null || !code.matches("[a-z0-9][a-z0-9-]{0,59}")) {
            throw ProblemException.validation("network code is not valid", List.of(Problem.FieldError.field("code",
                    "must be lower-case letters, digits and dashes (e.g. 5602-chun-1), got '" + code + "'")));
        }
        directory.requireArea(in.areaCode());
        access.requireWrite(in.areaCode());
        Network n = Network.findById(code);
        boolean created = n == null;
        if (created) {
            n = new Network();
            n.code = code;
            n.areaCode = in.areaCode();
        } else {
            Versioned.require(ifMatch, n.version);
            if (!n.areaCode.equals(in.areaCode())) {
                throw ProblemException.conflict("network " + code + " belongs to area " + n.areaCode);
            }
        }
        if (!created && n.nameTh.equals(in.nameTh().strip()) && Objects.equals(n.kind, in.kind())
                && Objects.equals(n.position, in.position())) {
            return new Versioned<>(read(code), n.version, false);
        }
        n.nameTh = in.nameTh().strip();
        n.kind = in.kind();
        n.position = in.position();
        n.updatedAt = OffsetDateTime.now();
        n.updatedBy = access.actor();
        if (created) {
            n.persist();
        }
        em.flush();
        publish(n);
        return new Versioned<>(read(code), n.version, created);
    }

    /** Adds a school to a network from an academic year, or closes its membership with {@code toYear}. */
    public SchoolNetwork putMember(String networkCode, String schoolCode, MemberInput in) {
        Network n = requireNetwork(networkCode);
        School s = schools.requireSchool(schoolCode);
        access.requireWrite(n.areaCode);
        if (!s.areaCode.equals(n.areaCode)) {
            throw ProblemException.validation("a network groups schools of its own area", List.of(Problem.FieldError.field(
                    "schoolCode", "school " + schoolCode + " is in area " + s.areaCode + ", the network in " + n.areaCode)));
        }
        BuddhistEra.requireBe(in.fromYear(), "fromYear");
        if (in.toYear() != null && in.toYear() < in.fromYear()) {
            throw ProblemException.validation("membership ends before it starts",
                    List.of(Problem.FieldError.field("toYear", "must be " + in.fromYear() + " or later")));
        }
        int changed = jdbc.update("""
                insert into network_member (network_code, school_code, from_year, to_year) values (?, ?, ?, ?)
                on conflict (network_code, school_code, from_year) do update set to_year = excluded.to_year
                 where network_member.to_year is distinct from excluded.to_year""",
                networkCode, schoolCode, in.fromYear(), in.toYear());
        if (changed > 0) {
            publish(n);
        }
        return read(networkCode);
    }

    private void publish(Network n) {
        List<NetworkChanged.Member> members = jdbc.query(
                "select school_code, from_year, to_year from network_member where network_code = ? order by school_code, from_year",
                rs -> new NetworkChanged.Member(rs.getString(1), rs.getInt(2), (Integer) rs.getObject(3)), n.code);
        outbox.publish(NetworkChanged.TYPE, Outbox.Subject.of("Network", n.areaCode).area(n.areaCode),
                new NetworkChanged(n.code, n.areaCode, n.nameTh, n.kind, members), access.actor());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<SchoolNetwork> network(String code) {
        Network n = requireNetwork(code);
        return new Versioned<>(read(code), n.version, false);
    }

    /** The area's networks (by kind, then in the office's order, then in Thai order) with every membership, in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SchoolNetwork> networks(String areaCode) {
        directory.requireArea(areaCode);
        return query("n.area_code", areaCode);
    }

    private SchoolNetwork read(String code) {
        return query("n.code", code).get(0);
    }

    /** Networks and their members (schools in Thai order, then by year) where {@code column} is {@code value}. */
    private List<SchoolNetwork> query(String column, String value) {
        record Row(String code, String areaCode, String nameTh, String kind, Integer position, SchoolNetwork.Member member) {
        }
        List<Row> rows = jdbc.query("""
                select n.code, n.area_code, n.name_th, n.kind, n.position, m.school_code, s.name_th, m.from_year, m.to_year
                  from network n
                  left join network_member m on m.network_code = n.code
                  left join school s on s.code = m.school_code
                 where %s = ?
                 order by n.kind, n.position nulls last, n.name_th collate "th-TH-x-icu", n.code,
                          s.name_th collate "th-TH-x-icu", m.from_year"""
                        .formatted(column),
                rs -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Integer) rs.getObject(5), rs.getString(6) == null
                        ? null : new SchoolNetwork.Member(rs.getString(6), rs.getString(7), rs.getInt(8),
                        (Integer) rs.getObject(9))), value);
        Map<String, List<SchoolNetwork.Member>> members = new LinkedHashMap<>();
        Map<String, Row> networks = new LinkedHashMap<>();
        for (Row r : rows) {
            networks.putIfAbsent(r.code(), r);
            List<SchoolNetwork.Member> of = members.computeIfAbsent(r.code(), c -> new ArrayList<>());
            if (r.member() != null) {
                of.add(r.member());
            }
        }
        return networks.values().stream().map(r -> new SchoolNetwork(r.code(), r.areaCode(), r.nameTh(), r.kind(),
                members.get(r.code()), r.position())).toList();
    }

    private Network requireNetwork(String code) {
        Network n = Network.findById(code);
        if (n == null) {
            throw ProblemException.notFound("network '" + code + "' is not registered");
        }
        return n;
    }
}
