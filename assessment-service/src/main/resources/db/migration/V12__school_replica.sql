-- What assessment-service keeps of school-service's facts for the schools' test results in rounds (issue #21), from
-- the school topic through the kit's idempotent consumer (rounds/SchoolReplica):
-- each school's students by grade of each enrolment round (school.EnrolmentSubmitted.v1; a round is replaced whole),
-- read by the rule takers-above-enrolment;
create table replica_enrolment_grade (
    school_code   text        not null,
    academic_year integer     not null,
    round         integer     not null,
    grade         text        not null,
    students      integer     not null check (students >= 0),
    updated_at    timestamptz not null default now(),
    primary key (school_code, academic_year, round, grade)
);

-- and the area's school networks with their memberships bounded by academic years (school.NetworkChanged.v1 carries
-- every membership: a network's are replaced whole), read by a round's completeness per network.
create table replica_network (
    code       text primary key,
    area_code  text        not null,
    name_th    text        not null,
    kind       text        not null,
    updated_at timestamptz not null default now()
);

create table replica_network_member (
    network_code text    not null references replica_network (code) on delete cascade,
    school_code  text    not null,
    from_year    integer not null,
    to_year      integer,
    primary key (network_code, school_code, from_year)
);
create index replica_network_member_school on replica_network_member (school_code);

-- Test takers above the enrolment of the test's grade (the catalogue's test.grade) in the school's latest enrolment
-- round of the same academic year: a warning, skipped where the replica holds no round; maxPercentOver lets an area
-- allow some (0: none above).
insert into validation_rule (kind, code, area_code, version, severity, params, updated_by) values
    ('test-statistics', 'takers-above-enrolment', null, 1, 'warning', '{"maxPercentOver": 0}', 'system');
