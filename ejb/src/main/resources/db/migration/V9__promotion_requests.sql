-- Promotion requests filed by sales, routed to whoever decides at the company's organisation stage, paid from a
-- campaign budget; the organisation setting that routes them; a standard cost per product for their margin.
-- docs/promotions.md describes them.

alter table product add column standard_cost numeric(19, 4);
alter table product add constraint product_standard_cost_ck check (standard_cost is null or standard_cost >= 0);

-- one row: the stage the general manager chose and the limits that route requests
create table organisation_setting (
    id                 bigint         not null primary key,
    stage              varchar(30)    not null,
    sales_authority    numeric(19, 4) not null,
    escalation_limit   numeric(19, 4) not null,
    currency           char(3)        not null,
    overdue_hours      integer        not null,
    changed_by         varchar(60)    not null,
    changed_at         timestamp with time zone not null,
    version            bigint         not null,
    constraint organisation_setting_one_ck check (id = 1),
    constraint organisation_setting_limits_ck check (sales_authority >= 0 and escalation_limit > sales_authority),
    constraint organisation_setting_hours_ck check (overdue_hours > 0),
    constraint organisation_setting_stage_ck check (stage in ('SIMPLE_SALES', 'SALES_WITH_MARKETING',
        'SEPARATE_MARKETING', 'MODERN_MARKETING'))
);

insert into organisation_setting (id, stage, sales_authority, escalation_limit, currency, overdue_hours, changed_by,
                                  changed_at, version)
values (1, 'SIMPLE_SALES', 20000, 100000, 'CNY', 48, 'system', current_timestamp, 0);

-- who changed the setting to what, when
create sequence organisation_setting_change_seq start with 1 increment by 50;

create table organisation_setting_change (
    id                 bigint         not null primary key,
    stage              varchar(30)    not null,
    sales_authority    numeric(19, 4) not null,
    escalation_limit   numeric(19, 4) not null,
    overdue_hours      integer        not null,
    changed_by         varchar(60)    not null,
    changed_at         timestamp with time zone not null
);

create sequence promotion_request_seq start with 1 increment by 50;
create sequence promotion_step_seq start with 1 increment by 50;

create table promotion_request (
    id                 bigint         not null primary key,
    number             varchar(24),
    kind               varchar(30)    not null,
    status             varchar(12)    not null,
    stage              varchar(30)    not null,
    cost_band          varchar(30)    not null,
    campaign_id        bigint         not null references campaign (id),
    brand_id           bigint         references brand (id),
    from_date          date           not null,
    thru_date          date           not null,
    percent_off        numeric(7, 4),
    expected_quantity  numeric(19, 4) not null,
    cost               numeric(19, 4) not null,
    currency           char(3)        not null,
    reason             varchar(1000)  not null,
    filed_by           varchar(60)    not null,
    filed_at           timestamp with time zone not null,
    awaiting           varchar(20),
    awaiting_since     timestamp with time zone,
    committed          numeric(19, 4) not null,
    released           numeric(19, 4) not null,
    cancelled_on       date,
    version            bigint         not null,
    constraint promotion_request_number_uk unique (number),
    constraint promotion_request_period_ck check (thru_date >= from_date),
    constraint promotion_request_cost_ck check (cost >= 0 and expected_quantity >= 0),
    constraint promotion_request_percent_ck check (percent_off is null or (percent_off > 0 and percent_off <= 100)),
    constraint promotion_request_kind_ck check (kind in ('DISCOUNT', 'SHORT_TERM_PROMOTION', 'STORE_ENTRY_FEE',
        'PROMOTER_STAFF')),
    constraint promotion_request_status_ck check (status in ('IN_APPROVAL', 'APPROVED', 'REJECTED', 'CANCELLED'))
);

create index promotion_request_campaign_ix on promotion_request (campaign_id);
create index promotion_request_awaiting_ix on promotion_request (status, awaiting, awaiting_since);
create index promotion_request_filed_by_ix on promotion_request (filed_by);

create table promotion_request_customer (
    request_id         bigint         not null references promotion_request (id),
    customer_id        bigint         not null references customer (id),
    primary key (request_id, customer_id)
);

create index promotion_request_customer_ix on promotion_request_customer (customer_id);

create table promotion_request_product (
    request_id         bigint         not null references promotion_request (id),
    product_id         bigint         not null references product (id),
    primary key (request_id, product_id)
);

-- every step of the route: who was asked, when, and what they decided
create table promotion_step (
    id                 bigint         not null primary key,
    request_id         bigint         not null references promotion_request (id),
    position           integer        not null,
    approver           varchar(20)    not null,
    purpose            varchar(12)    not null,
    arrived_at         timestamp with time zone not null,
    decision           varchar(14),
    decided_by         varchar(60),
    decided_at         timestamp with time zone,
    comment            varchar(500),
    constraint promotion_step_position_uk unique (request_id, position)
);
