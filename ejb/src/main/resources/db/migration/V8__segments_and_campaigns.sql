-- Target segments (criteria over customers) and campaigns with a budget per category, as docs/marketing.md
-- describes. A budget line keeps its running committed and actual totals; campaign_spend is the ledger behind them.

create sequence segment_seq start with 1 increment by 50;
create sequence campaign_seq start with 1 increment by 50;
create sequence campaign_spend_seq start with 1 increment by 50;

create table segment (
    id              bigint         not null primary key,
    code            varchar(20)    not null,
    name            varchar(100)   not null,
    customer_kind   varchar(20),
    channel         varchar(20),
    territory_id    bigint references territory (id),
    customer_group  varchar(20),
    min_revenue     numeric(19, 4),
    max_revenue     numeric(19, 4),
    target          boolean        not null,
    version         bigint         not null,
    constraint segment_code_uk unique (code),
    constraint segment_revenue_ck check (min_revenue is null or max_revenue is null or max_revenue >= min_revenue)
);

create table campaign (
    id              bigint         not null primary key,
    code            varchar(24)    not null,
    name            varchar(100)   not null,
    kind            varchar(20)    not null,
    status          varchar(12)    not null,
    from_date       date           not null,
    thru_date       date           not null,
    currency        char(3)        not null,
    description     varchar(1000),
    created_by      varchar(60)    not null,
    created_at      timestamp with time zone not null,
    version         bigint         not null,
    constraint campaign_code_uk unique (code),
    constraint campaign_period_ck check (thru_date >= from_date),
    constraint campaign_kind_ck check (kind in ('BRAND', 'TRADE_PROMOTION', 'PRODUCT_LAUNCH', 'STORE_ENTRY')),
    constraint campaign_status_ck check (status in ('PLANNED', 'RUNNING', 'CLOSED', 'CANCELLED'))
);

create table campaign_budget (
    campaign_id     bigint         not null references campaign (id),
    category        varchar(20)    not null,
    planned         numeric(19, 4) not null,
    committed       numeric(19, 4) not null,
    actual          numeric(19, 4) not null,
    primary key (campaign_id, category),
    constraint campaign_budget_category_ck
        check (category in ('MEDIA', 'STORE_ENTRY_FEES', 'DISCOUNTS', 'PROMOTER_STAFF', 'MATERIALS')),
    constraint campaign_budget_planned_ck check (planned >= 0),
    constraint campaign_budget_committed_ck check (committed >= 0),
    constraint campaign_budget_within_ck check (committed <= planned)
);

create table campaign_territory (
    campaign_id     bigint not null references campaign (id),
    territory_id    bigint not null references territory (id),
    primary key (campaign_id, territory_id)
);

create table campaign_segment (
    campaign_id     bigint not null references campaign (id),
    segment_id      bigint not null references segment (id),
    primary key (campaign_id, segment_id)
);

create table campaign_spend (
    id              bigint         not null primary key,
    campaign_id     bigint         not null references campaign (id),
    category        varchar(20)    not null,
    kind            varchar(10)    not null,
    amount          numeric(19, 4) not null,
    spent_on        date           not null,
    reference       varchar(60),
    note            varchar(300),
    recorded_by     varchar(60)    not null,
    recorded_at     timestamp with time zone not null,
    constraint campaign_spend_kind_ck check (kind in ('COMMITTED', 'RELEASED', 'ACTUAL'))
);
create index campaign_spend_campaign_ix on campaign_spend (campaign_id);
create index campaign_spend_reference_ix on campaign_spend (reference);
