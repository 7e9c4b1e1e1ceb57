-- school-service: the org hierarchy (areas, districts, networks, schools) and the facts schools send
-- (enrolment rounds, staffing, admissions, transitions), plus the area office's own staff.
-- Totals, size classes and percentages are never stored: the summary computes them from these rows.

create table area (
    code        text primary key,
    name_th     text        not null,
    name_en     text,
    level       text        not null check (level in ('primary', 'secondary')),
    province    text,
    address     text,
    phone       text,
    website     text,
    version     bigint      not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text
);

-- The office's own units (กลุ่ม / หน่วย) with their directors, and its executives as rows of kind 'executive'.
create table office_unit (
    area_code     text    not null references area (code),
    code          text    not null,
    name_th       text    not null,
    kind          text    not null check (kind in ('executive', 'group', 'unit')),
    director_name text,
    sort_order    integer not null default 0,
    primary key (area_code, code)
);

create table district (
    code             text primary key,
    area_code        text          not null references area (code),
    name_th          text          not null,
    name_en          text,
    sub_districts    integer check (sub_districts >= 0),
    villages         integer check (villages >= 0),
    municipalities   integer check (municipalities >= 0),
    saos             integer check (saos >= 0),
    area_km2         numeric(10, 2) check (area_km2 >= 0),
    population       integer check (population >= 0),
    -- the number of schools the area reported for this district (Table 1), kept to compare with the registered ones
    reported_schools integer check (reported_schools >= 0),
    version          bigint        not null default 0,
    updated_at       timestamptz   not null default now(),
    updated_by       text
);
create index district_area on district (area_code);

create table school (
    code          text primary key,
    area_code     text        not null references area (code),
    district_code text        not null references district (code),
    name_th       text        not null,
    name_en       text,
    sub_district  text,
    branch_of     text references school (code),
    expansion     boolean     not null default false,
    special_area  text check (special_area in ('highland', 'remote')),
    boarding      boolean     not null default false,
    status        text        not null default 'open' check (status in ('open', 'merged', 'closed')),
    version       bigint      not null default 0,
    updated_at    timestamptz not null default now(),
    updated_by    text
);
create index school_area on school (area_code);
create index school_district on school (district_code);

create table school_status_history (
    id            bigint generated always as identity primary key,
    school_code   text        not null references school (code),
    status        text        not null,
    effective_on  date        not null,
    note          text,
    recorded_at   timestamptz not null default now(),
    recorded_by   text
);
create index school_status_history_school on school_status_history (school_code, id);

create table network (
    code       text primary key,
    area_code  text        not null references area (code),
    name_th    text        not null,
    kind       text        not null check (kind in ('cluster', 'program', 'subject-club')),
    version    bigint      not null default 0,
    updated_at timestamptz not null default now(),
    updated_by text
);

-- Membership bounded by academic years, so a school that moves keeps its history in the old network.
create table network_member (
    network_code text    not null references network (code) on delete cascade,
    school_code  text    not null references school (code),
    from_year    integer not null,
    to_year      integer,
    primary key (network_code, school_code, from_year),
    check (to_year is null or to_year >= from_year)
);

-- One school's enrolment round (e.g. academic year 2566, round 1 = 10 June 2566): submitted → certified → locked.
create table enrolment_round (
    school_code   text        not null references school (code),
    academic_year integer     not null,
    round         integer     not null,
    snapshot_date date,
    status        text        not null default 'submitted' check (status in ('submitted', 'certified', 'locked')),
    version       bigint      not null default 0,
    updated_at    timestamptz not null default now(),
    updated_by    text,
    primary key (school_code, academic_year, round)
);
create index enrolment_round_year on enrolment_round (academic_year, round);

-- Students by grade × gender and classrooms by grade of one round: the rows feeds write in bulk (COPY).
create table enrolment_grade (
    school_code   text    not null,
    academic_year integer not null,
    round         integer not null,
    grade         text    not null check (grade in ('K1','K2','K3','P1','P2','P3','P4','P5','P6','M1','M2','M3')),
    boys          integer not null check (boys >= 0),
    girls         integer not null check (girls >= 0),
    classrooms    integer not null check (classrooms >= 0),
    -- no foreign key to enrolment_round: feeds write the round and its grades in one transaction through one
    -- code path, and a per-row trigger would halve the bulk load speed of a national feed
    primary key (school_code, academic_year, round, grade)
);

-- Staff categories are data: positions (director, deputy, civil-servant teacher) and contract types.
create table staff_type (
    code       text primary key,
    kind       text    not null check (kind in ('position', 'contract')),
    name_th    text    not null,
    name_en    text,
    sort_order integer not null
);
insert into staff_type (code, kind, name_th, name_en, sort_order) values
    ('director', 'position', 'ผู้บริหาร', 'director', 1),
    ('deputy', 'position', 'รองผู้บริหาร', 'deputy director', 2),
    ('teacher', 'position', 'ข้าราชการครู', 'civil-servant teacher', 3),
    ('government-employee', 'contract', 'พนักงานราชการ', 'government employee', 11),
    ('crisis-teacher', 'contract', 'ครูวิกฤต', 'crisis teacher', 12),
    ('janitor', 'contract', 'จ้างเหมานักการภารโรง', 'janitor (outsourced)', 13),
    ('special-needs-assistant', 'contract', 'ครูพี่เลี้ยงเด็กพิการ', 'special-needs assistant', 14),
    ('school-clerk', 'contract', 'ครูธุรการโรงเรียน', 'school clerk', 15),
    ('boarding-teacher', 'contract', 'ครูประจำพักนอน', 'boarding teacher', 16),
    ('sci-math-staff', 'contract', 'บุคลากร วิทย-คณิต', 'science-maths staff', 17),
    ('honoured-teacher', 'contract', 'ครูผู้ทรงคุณค่าแห่งแผ่นดิน', 'honoured teacher', 18);

create table staffing_count (
    school_code   text    not null references school (code),
    academic_year integer not null,
    round         integer not null,
    staff_type    text    not null references staff_type (code),
    count         integer not null check (count >= 0),
    primary key (school_code, academic_year, round, staff_type)
);

-- The office's own staff as people (projects name them as owners).
create table office_staff (
    id          uuid primary key,
    area_code   text        not null references area (code),
    name_th     text        not null,
    position    text,
    category    text        not null check (category in ('38kh', '38c1', '38c2', 'government-employee', 'permanent', 'temporary')),
    unit_code   text        not null,
    version     bigint      not null default 0,
    updated_at  timestamptz not null default now(),
    updated_by  text,
    foreign key (area_code, unit_code) references office_unit (area_code, code)
);
create index office_staff_area on office_staff (area_code);

-- Admissions against the plan (kindergarten, P1, M1) of one school and academic year.
create table admission (
    school_code       text    not null references school (code),
    academic_year     integer not null,
    level             text    not null check (level in ('kindergarten', 'P1', 'M1')),
    planned_rooms     integer not null check (planned_rooms >= 0),
    planned_students  integer not null check (planned_students >= 0),
    admitted_rooms    integer not null check (admitted_rooms >= 0),
    admitted_students integer not null check (admitted_students >= 0),
    primary key (school_code, academic_year, level)
);

-- Where a school's graduates went: P6 → M1 (continued / not), M3 → general, vocational, equivalent, not continuing.
-- academic_year is the year they graduated; graduates is what the school reported (compared with the destinations).
create table transition (
    school_code    text    not null references school (code),
    academic_year  integer not null,
    stage          text    not null check (stage in ('P6', 'M3')),
    graduates      integer not null check (graduates >= 0),
    continued      integer check (continued >= 0),
    general        integer check (general >= 0),
    vocational     integer check (vocational >= 0),
    equivalent     integer check (equivalent >= 0),
    not_continuing integer not null check (not_continuing >= 0),
    primary key (school_code, academic_year, stage)
);

-- Figures as printed in a report the area published (e.g. "3.1 P1 admitted 65.65%"), kept to compare with what
-- Khet computes: every difference is a data-quality finding in the summary.
create table reported_figure (
    area_code     text           not null references area (code),
    academic_year integer        not null,
    figure        text           not null,
    value         numeric(16, 2) not null,
    source        text,
    primary key (area_code, academic_year, figure)
);
