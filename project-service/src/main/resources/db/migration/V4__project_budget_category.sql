-- The budget category (หมวดงบประมาณ) a project's money belongs to, by budget-service's category codes; optional.
alter table project add column budget_category text
    check (budget_category in ('personnel', 'operating', 'investment', 'subsidy', 'other'));
