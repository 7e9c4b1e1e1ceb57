// ADR 0042's scratch measurement: what PostgreSQL spends on a national enrolment feed's events (jsonb / json / text,
// pglz / uncompressed, logged / unlogged), its 29,000 rounds (foreign key / none / a statement trigger / one locking
// statement) and its 435,000 counts (CSV / text / binary COPY), each variant in turn in every round, medians printed.
// ADR 0046 added: the rounds with the foreign key after their schools were locked in one statement (by code, by area:
// "fk-prelock", "fk-prelock-areas"), and the events with each school's grades as one object ("json-none-compact").
// Not part of the build. Run against any empty PostgreSQL (e.g. the test kit's zonky binaries started by hand):
//   javac -cp postgresql.jar Measure.java && java -cp postgresql.jar:. Measure jdbc:postgresql://localhost:55433/khet 5 [prefix,...]
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.*;
import java.util.*;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** Scratch measurement (issue 24, wt-ingest): what PostgreSQL spends on a national feed's events, rounds and counts. */
public class Measure {
    static final int AREAS = 245, SCHOOLS = 29_000;
    static final String[] GRADES = {"K1","K2","K3","P1","P2","P3","P4","P5","P6","M1","M2","M3","M4","M5","M6"};

    public static void main(String[] a) throws Exception {
        String url = a[0];
        int rounds = Integer.parseInt(a[1]);
        Set<String> only = a.length > 2 ? Set.of(a[2].split(",")) : null;
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            c.setAutoCommit(true);
            CopyManager cm = c.unwrap(PGConnection.class).getCopyAPI();
            Statement s = c.createStatement();
            boolean lz4;
            try { s.execute("create temp table lz4probe (t text compression lz4)"); lz4 = true; } catch (SQLException e) { lz4 = false; System.out.println("lz4: " + e.getMessage()); }
            System.out.println("lz4 supported: " + lz4 + "; " + q(s, "select version()") + "; collate " + q(s, "select datcollate from pg_database where datname = current_database()"));
            setup(s, cm, lz4);
            List<String> codes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select code from school order by code")) { while (rs.next()) codes.add(rs.getString(1)); }
            // the events: 245 envelopes of one area each, every school's totals (as EnrolmentFeed builds them)
            byte[] events = eventsCopy(codes); COMPACT = true; byte[] eventsCompact = eventsCopy(codes); COMPACT = false; System.out.printf("compact events: %.1f MB%n", eventsCompact.length / 1e6);
            System.out.printf("events COPY data: %.1f MB%n", events.length / 1e6);
            Map<String, String> eventTables = new LinkedHashMap<>();
            eventTables.put("jsonb-pglz", "ob_jsonb");
            eventTables.put("jsonb-none", "ob_jsonb_ext");
            eventTables.put("json-pglz", "ob_json");
            eventTables.put("json-none", "ob_json_ext");
            eventTables.put("text-pglz", "ob_text");
            eventTables.put("text-none", "ob_text_ext");
            eventTables.put("jsonb-pglz-unlogged", "ob_jsonb_unl");
            eventTables.put("json-none-unlogged", "ob_json_ext_unl");
            if (lz4) { eventTables.put("jsonb-lz4", "ob_jsonb_lz4"); eventTables.put("json-lz4", "ob_json_lz4"); }
            Map<String, List<Long>> ms = new LinkedHashMap<>();
            List<String> names = new ArrayList<>(eventTables.keySet());
            byte[] roundsText = roundsCopy(codes, 2561);
            byte[] countsText = countsText(codes, 2561), countsCsv = countsCsv(codes, 2561), countsBin = countsBinary(codes, 2561);
            List<String> cases = new ArrayList<>();
            for (String n : names) cases.add("events " + n); cases.add("events json-none-compact");
            cases.addAll(List.of("rounds fk", "rounds nofk", "rounds trigger", "rounds fk-replica-role+lock", "rounds fk-prelock", "rounds fk-prelock-areas", "counts csv", "counts text", "counts binary"));
            if (only != null) cases.removeIf(x -> only.stream().noneMatch(x::startsWith));
            for (int r = 0; r < rounds; r++) {
                List<String> order = new ArrayList<>(cases);
                Collections.rotate(order, r * 3);
                if (r % 2 == 1) Collections.reverse(order);
                for (String k : order) {
                    String[] p = k.split(" ", 2);
                    c.setAutoCommit(false);
                    long t0 = System.nanoTime();
                    switch (p[0]) {
                        case "events" -> cm.copyIn("copy " + eventTables.get(p[1].replace("-compact", "")) + " (id, aggregate_type, aggregate_id, type, topic, area_code, fiscal_year, academic_year, occurred_at, payload) from stdin", new ByteArrayInputStream(p[1].endsWith("-compact") ? eventsCompact : events));
                        case "rounds" -> {
                            switch (p[1]) {
                                case "fk" -> cm.copyIn("copy er_fk (school_code, academic_year, round, snapshot_date, status, updated_by) from stdin", new ByteArrayInputStream(roundsText));
                                case "trigger" -> cm.copyIn("copy er_trg (school_code, academic_year, round, snapshot_date, status, updated_by) from stdin", new ByteArrayInputStream(roundsText));
                                case "fk-prelock" -> {
                                    try (PreparedStatement ps = c.prepareStatement("select count(*) from (select 1 from school where code = any(?) for key share) x")) {
                                        ps.setArray(1, c.createArrayOf("text", codes.toArray()));
                                        ps.executeQuery().close();
                                    }
                                    cm.copyIn("copy er_fk (school_code, academic_year, round, snapshot_date, status, updated_by) from stdin", new ByteArrayInputStream(roundsText));
                                }
                                case "fk-prelock-areas" -> {
                                    try (PreparedStatement ps = c.prepareStatement("select count(*) from (select 1 from school where area_code = any(?) for key share) x")) {
                                        ps.setArray(1, c.createArrayOf("text", codes.stream().map(x -> x.substring(2, 6)).distinct().toArray()));
                                        ps.executeQuery().close();
                                    }
                                    cm.copyIn("copy er_fk (school_code, academic_year, round, snapshot_date, status, updated_by) from stdin", new ByteArrayInputStream(roundsText));
                                }
                                case "nofk" -> cm.copyIn("copy er_nofk (school_code, academic_year, round, snapshot_date, status, updated_by) from stdin", new ByteArrayInputStream(roundsText));
                                default -> {
                                    s.execute("set local session_replication_role = replica");
                                    cm.copyIn("copy er_fk (school_code, academic_year, round, snapshot_date, status, updated_by) from stdin", new ByteArrayInputStream(roundsText));
                                    s.execute("set local session_replication_role = origin");
                                    s.executeQuery("select count(*) from (select 1 from school s join er_fk r on r.school_code = s.code for key share of s) x").close();
                                }
                            }
                        }
                        default -> {
                            switch (p[1]) {
                                case "csv" -> cm.copyIn("copy eg_csv (school_code, academic_year, round, grade, boys, girls, classrooms) from stdin with (format csv, header true)", new ByteArrayInputStream(countsCsv));
                                case "text" -> cm.copyIn("copy eg_text (school_code, academic_year, round, grade, boys, girls, classrooms) from stdin", new ByteArrayInputStream(countsText));
                                default -> cm.copyIn("copy eg_binary (school_code, academic_year, round, grade, boys, girls, classrooms) from stdin with (format binary)", new ByteArrayInputStream(countsBin));
                            }
                        }
                    }
                    c.commit();
                    long took = (System.nanoTime() - t0) / 1_000_000;
                    ms.computeIfAbsent(k, x -> new ArrayList<>()).add(took);
                    c.setAutoCommit(true);
                    if (r == 0 && p[0].equals("events")) { String tbl = eventTables.get(p[1].replace("-compact", ""));
                        System.out.println("  " + k + ": stored " + q(s, "select pg_size_pretty(sum(pg_column_size(payload))::bigint) || ' in ' || count(*) || ' rows, compression ' || coalesce(string_agg(distinct pg_column_compression(payload), ','), 'none') from " + tbl));
                    }
                    String table = switch (p[0]) { case "events" -> eventTables.get(p[1].replace("-compact", "")); case "rounds" -> p[1].equals("nofk") ? "er_nofk" : p[1].equals("trigger") ? "er_trg" : "er_fk"; default -> "eg_" + p[1]; };
                    s.execute("truncate " + table);
                    s.execute("checkpoint");
                }
                System.out.println("round " + (r + 1) + " done, load " + load());
            }
            System.out.println("median (min-max) ms over " + rounds + " alternating rounds, load now " + load());
            ms.forEach((k, v) -> { List<Long> x = new ArrayList<>(v); Collections.sort(x); System.out.printf("  %-32s %6d  (%d-%d)  %s%n", k, x.get(x.size() / 2), x.get(0), x.get(x.size() - 1), v); });
        }
    }

    static String load() throws Exception { return new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).trim(); }
    static String q(Statement s, String sql) throws SQLException { try (ResultSet rs = s.executeQuery(sql)) { rs.next(); return rs.getString(1); } }

    static void setup(Statement s, CopyManager cm, boolean lz4) throws Exception {
        s.execute("drop table if exists er_fk, er_nofk, eg_csv, eg_text, eg_binary, school, district, area cascade");
        s.execute("create table area (code text primary key, name_th text not null)");
        s.execute("create table district (code text primary key, area_code text not null references area(code), name_th text not null)");
        s.execute("""
            create table school (code text primary key, area_code text not null references area (code), district_code text not null references district (code),
              name_th text not null, name_en text, sub_district text, branch_of text references school (code), expansion boolean not null default false,
              special_area text, boarding boolean not null default false, status text not null default 'open' check (status in ('open', 'merged', 'closed')),
              version bigint not null default 0, updated_at timestamptz not null default now(), updated_by text)""");
        s.execute("create index school_area on school (area_code)");
        StringBuilder ar = new StringBuilder(), di = new StringBuilder(), sc = new StringBuilder();
        int per = SCHOOLS / AREAS, extra = SCHOOLS % AREAS;
        for (int a = 0; a < AREAS; a++) {
            String area = String.valueOf(1001 + a);
            ar.append(area).append("\tเขต ").append(area).append('\n');
            di.append(area).append("-01\t").append(area).append("\tอำเภอ\n");
            int n = per + (a < extra ? 1 : 0);
            for (int i = 1; i <= n; i++) sc.append("10").append(area).append(String.format("%04d", i)).append('\t').append(area).append('\t').append(area).append("-01\tโรงเรียนบ้าน\n");
        }
        cm.copyIn("copy area from stdin", in(ar)); cm.copyIn("copy district from stdin", in(di));
        cm.copyIn("copy school (code, area_code, district_code, name_th) from stdin", in(sc));
        for (String t : List.of("er_fk", "er_nofk")) {
            s.execute("create table " + t + " (school_code text not null " + (t.equals("er_fk") ? "references school (code)" : "") + ", academic_year integer not null, round integer not null, snapshot_date date, "
                + "status text not null default 'submitted' check (status in ('submitted', 'certified', 'locked')), version bigint not null default 0, updated_at timestamptz not null default now(), updated_by text, primary key (school_code, academic_year, round))");
            s.execute("create index " + t + "_year on " + t + " (academic_year, round)");
        }
        s.execute("drop table if exists er_trg cascade");
        s.execute("create table er_trg (like er_nofk including all)");
        s.execute("""
            create or replace function er_trg_check() returns trigger language plpgsql as $$
            declare missing text;
            begin
                perform 1 from school s where s.code in (select school_code from added) for key share of s;
                select a.school_code into missing from added a where not exists (select 1 from school s where s.code = a.school_code) limit 1;
                if missing is not null then raise foreign_key_violation using message = 'missing ' || missing; end if;
                return null;
            end $$""");
        s.execute("create trigger er_trg_ins after insert on er_trg referencing new table as added for each statement execute function er_trg_check()");
        for (String t : List.of("eg_csv", "eg_text", "eg_binary")) {
            s.execute("create table " + t + " (school_code text not null, academic_year integer not null, round integer not null, grade text not null check (grade in ('K1','K2','K3','P1','P2','P3','P4','P5','P6','M1','M2','M3','M4','M5','M6')), "
                + "boys integer not null check (boys >= 0), girls integer not null check (girls >= 0), classrooms integer not null check (classrooms >= 0), primary key (school_code, academic_year, round, grade))");
        }
        String[][] obs = {{"ob_jsonb", "jsonb", ""}, {"ob_jsonb_ext", "jsonb", "external"}, {"ob_json", "json", ""}, {"ob_json_ext", "json", "external"},
            {"ob_text", "text", ""}, {"ob_text_ext", "text", "external"}, {"ob_jsonb_unl", "jsonb", "unlogged"}, {"ob_json_ext_unl", "json", "external unlogged"},
            {"ob_jsonb_lz4", "jsonb", "lz4"}, {"ob_json_lz4", "json", "lz4"}};
        for (String[] o : obs) {
            if (o[2].contains("lz4") && !lz4) continue;
            s.execute("drop table if exists " + o[0]);
            s.execute("create " + (o[2].contains("unlogged") ? "unlogged " : "") + "table " + o[0] + """
                 (id uuid primary key, seq bigint generated always as identity, txid xid8 not null default pg_current_xact_id(), position bigint unique,
                  aggregate_type text not null, aggregate_id text not null, type text not null, topic text not null, area_code text, fiscal_year integer,
                  academic_year integer, occurred_at timestamptz not null,""" + " payload " + o[1] + " not null, published_at timestamptz, attempts integer not null default 0, last_error text)");
            s.execute("create index " + o[0] + "_unseq on " + o[0] + " (txid, seq) where position is null");
            s.execute("create index " + o[0] + "_unpub on " + o[0] + " (position) where published_at is null and position is not null");
            s.execute("create index " + o[0] + "_area on " + o[0] + " (area_code, position)");
            if (o[2].contains("external")) s.execute("alter table " + o[0] + " alter column payload set storage external");
            if (o[2].contains("lz4")) s.execute("alter table " + o[0] + " alter column payload set compression lz4");
        }
        s.execute("analyze");
    }

    static ByteArrayInputStream in(CharSequence s) { return new ByteArrayInputStream(s.toString().getBytes(StandardCharsets.UTF_8)); }

    static boolean COMPACT = false;
    static byte[] eventsCopy(List<String> codes) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        Map<String, List<String>> byArea = new TreeMap<>();
        for (String c : codes) byArea.computeIfAbsent(c.substring(2, 6), k -> new ArrayList<>()).add(c);
        for (var e : byArea.entrySet()) {
            StringBuilder data = new StringBuilder("{\"areaCode\":\"" + e.getKey() + "\",\"academicYear\":2561,\"round\":1,\"snapshotDate\":null,\"schools\":[");
            boolean first = true;
            for (String code : e.getValue()) {
                int students = 0; StringBuilder g = new StringBuilder();
                for (int k = 0; k < GRADES.length; k++) { i++; int n = 5 + i % 23 + 4 + i % 19; students += n; if (COMPACT) g.append(k == 0 ? "" : ",").append('"').append(GRADES[k]).append("\":").append(n); else g.append(k == 0 ? "" : ",").append("{\"grade\":\"").append(GRADES[k]).append("\",\"students\":").append(n).append('}'); }
                data.append(first ? "" : ",").append("{\"schoolCode\":\"").append(code).append("\",\"students\":").append(students).append(",\"classrooms\":22,\"sizeClass\":\"medium\",\"grades\":").append(COMPACT ? "{" : "[").append(g).append(COMPACT ? "}}" : "]}");
                first = false;
            }
            data.append("]}");
            String id = UUID.randomUUID().toString();
            String env = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/khet/school\",\"type\":\"school.EnrolmentSubmitted.v1\",\"subject\":\"" + e.getKey()
                + "\",\"time\":\"2026-12-05T03:30:00.123456Z\",\"datacontenttype\":\"application/json\",\"areacode\":\"" + e.getKey() + "\",\"academicyear\":2561,\"actor\":\"bench\",\"data\":" + data + "}";
            sb.append(id).append("\tEnrolmentRound\t").append(e.getKey()).append("\tschool.EnrolmentSubmitted.v1\tkhet.school.enrolment\t").append(e.getKey()).append("\t\\N\t2561\t2026-12-05T03:30:00.123456Z\t").append(env).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] roundsCopy(List<String> codes, int year) {
        StringBuilder sb = new StringBuilder();
        for (String c : codes) sb.append(c).append('\t').append(year).append("\t1\t\\N\tsubmitted\tbench\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] countsText(List<String> codes, int year) {
        StringBuilder sb = new StringBuilder(); int i = 0;
        for (String c : codes) for (String g : GRADES) { i++; sb.append(c).append('\t').append(year).append("\t1\t").append(g).append('\t').append(5 + i % 23).append('\t').append(4 + i % 19).append('\t').append(1 + i % 2).append('\n'); }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] countsCsv(List<String> codes, int year) {
        StringBuilder sb = new StringBuilder("schoolCode,academicYear,round,grade,boys,girls,classrooms\n"); int i = 0;
        for (String c : codes) for (String g : GRADES) { i++; sb.append(c).append(',').append(year).append(",1,").append(g).append(',').append(5 + i % 23).append(',').append(4 + i % 19).append(',').append(1 + i % 2).append('\n'); }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] countsBinary(List<String> codes, int year) throws Exception {
        ByteArrayOutputStream bo = new ByteArrayOutputStream(); DataOutputStream o = new DataOutputStream(bo);
        o.write("PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1)); o.writeInt(0); o.writeInt(0);
        int i = 0;
        for (String c : codes) for (String g : GRADES) {
            i++; o.writeShort(7);
            byte[] cb = c.getBytes(StandardCharsets.UTF_8); o.writeInt(cb.length); o.write(cb);
            o.writeInt(4); o.writeInt(year); o.writeInt(4); o.writeInt(1);
            byte[] gb = g.getBytes(StandardCharsets.UTF_8); o.writeInt(gb.length); o.write(gb);
            o.writeInt(4); o.writeInt(5 + i % 23); o.writeInt(4); o.writeInt(4 + i % 19); o.writeInt(4); o.writeInt(1 + i % 2);
        }
        o.writeShort(-1); o.flush();
        return bo.toByteArray();
    }
}
