-- The office's own narrative blocks (foreword, mandate and duties, Part 4) per area and fiscal year: the report prints
-- them where they belong. content is the block's ordered elements (paragraphs, numbered and bulleted lists) as JSON.
create table report_text (
    area_code   varchar(8)  not null,
    fiscal_year integer     not null check (fiscal_year between 2400 and 2700),
    block       varchar(32) not null,
    content     jsonb       not null,
    version     bigint      not null,
    updated_by  text        not null,
    updated_at  timestamptz not null default now(),
    primary key (area_code, block, fiscal_year)
);
