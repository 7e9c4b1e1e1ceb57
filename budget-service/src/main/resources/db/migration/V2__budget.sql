-- budget-service: fiscal years and budget categories as data, allotments, execution snapshots,
-- the office's operating plan, and the projection of project funding from project-service's events.

create table fiscal_year (
    be        integer primary key check (be between 2500 and 2700),
    starts_on date not null,
    ends_on   date not null,
    check (ends_on > starts_on)
);
insert into fiscal_year (be, starts_on, ends_on)
select y, make_date(y - 544, 10, 1), make_date(y - 543, 9, 30) from generate_series(2560, 2580) y;

-- หมวดงบประมาณ: the five categories of the Budget Bureau's classification, in the order reports print them.
create table budget_category (
    code       text primary key,
    name_th    text    not null unique,
    name_en    text    not null,
    sort_order integer not null unique
);
insert into budget_category (code, name_th, name_en, sort_order) values
    ('personnel', 'งบบุคลากร', 'Personnel', 1),
    ('operating', 'งบดำเนินงาน', 'Operating', 2),
    ('investment', 'งบลงทุน', 'Investment', 3),
    ('subsidy', 'งบเงินอุดหนุน', 'Subsidy', 4),
    ('other', 'งบรายจ่ายอื่น', 'Other expenditure', 5);

-- One allotment (การจัดสรร / โอนเปลี่ยนแปลง) of a category's budget to an area; a transfer out is negative.
-- The allocation on a date is the sum of the allotments dated on or before it.
create table allotment (
    id            uuid primary key,
    area_code     text          not null,
    fiscal_year   integer       not null references fiscal_year (be),
    category_code text          not null references budget_category (code),
    document_no   text,
    allotted_on   date          not null,
    amount        numeric(16,2) not null check (amount <> 0),
    note          text,
    created_by    text          not null,
    created_at    timestamptz   not null default now(),
    version       bigint        not null default 0
);
create index allotment_area_year on allotment (area_code, fiscal_year, category_code, allotted_on);
create unique index allotment_document on allotment (area_code, fiscal_year, category_code, document_no)
    where document_no is not null;

-- A snapshot of execution "as of" a date, as the finance system (GFMIS / e-budget) reports it.
create table execution_report (
    id                       uuid primary key,
    area_code                text        not null,
    fiscal_year              integer     not null references fiscal_year (be),
    as_of                    date        not null,
    source                   text,
    -- the total row as printed, kept only to compare it with the sums of the category rows
    reported_total_allocated numeric(16,2),
    reported_total_disbursed numeric(16,2),
    reported_total_committed numeric(16,2),
    reported_total_remaining numeric(16,2),
    reported_total_percent   numeric(7,2),
    created_by               text        not null,
    created_at               timestamptz not null default now(),
    version                  bigint      not null default 0,
    constraint execution_report_once unique (area_code, fiscal_year, as_of)
);

create table execution_report_line (
    report_id          uuid          not null references execution_report (id) on delete cascade,
    category_code      text          not null references budget_category (code),
    reported_allocated numeric(16,2),
    disbursed          numeric(16,2) not null check (disbursed >= 0),
    committed          numeric(16,2) not null check (committed >= 0),
    reported_remaining numeric(16,2),
    reported_percent   numeric(7,2),
    primary key (report_id, category_code)
);

-- The office's operating plan (แผนการใช้จ่ายงบประมาณของสำนักงาน): line items in groups within sections.
create table operating_plan (
    id            uuid primary key,
    area_code     text        not null,
    fiscal_year   integer     not null references fiscal_year (be),
    updated_by    text        not null,
    updated_at    timestamptz not null default now(),
    version       bigint      not null default 0,
    constraint operating_plan_once unique (area_code, fiscal_year)
);

create table operating_plan_line (
    plan_id    uuid          not null references operating_plan (id) on delete cascade,
    line_no    integer       not null check (line_no > 0),
    section_th text          not null,
    group_th   text          not null,
    item_th    text          not null,
    planned    numeric(16,2) not null check (planned >= 0),
    spent      numeric(16,2) not null check (spent >= 0),
    primary key (plan_id, line_no)
);

-- Subtotal and total rows as printed, kept only to compare with the sums of the stored lines.
create table operating_plan_reported_total (
    plan_id    uuid          not null references operating_plan (id) on delete cascade,
    seq        integer       not null,
    scope      text          not null check (scope in ('section', 'group', 'total')),
    label_th   text          not null,
    planned    numeric(16,2),
    spent      numeric(16,2),
    primary key (plan_id, seq)
);

-- Projects' budgets and spend, projected from project-service's events (khet.project).
create table project_funding (
    project_id     text primary key,
    area_code      text          not null,
    fiscal_year    integer       not null,
    number         integer,
    plan_kind      text,
    funding_source text,
    category_code  text,
    strategy       text,
    title          text,
    budget         numeric(16,2) not null default 0,
    actual_spend   numeric(16,2) not null default 0,
    deleted        boolean       not null default false,
    last_event_id  text          not null,
    updated_at     timestamptz   not null default now()
);
create index project_funding_area_year on project_funding (area_code, fiscal_year);
