-- Marketing's own work beside segments and campaigns (V8): channel policies, positioning statements, launch plans
-- with milestones, and competitor intelligence gathered in the field. See docs/marketing.md.

create sequence channel_policy_seq start with 1 increment by 50;
create sequence positioning_seq start with 1 increment by 50;
create sequence launch_plan_seq start with 1 increment by 50;
create sequence launch_milestone_seq start with 1 increment by 50;
create sequence competitor_seq start with 1 increment by 50;
create sequence competitor_product_seq start with 1 increment by 50;
create sequence price_observation_seq start with 1 increment by 50;

-- The terms of one route to market: its price list, the largest manual discount anyone may give its customers,
-- and the payment terms a new customer of the channel starts with.
create table channel_policy (
    id                  bigint        not null primary key,
    channel             varchar(20)   not null,
    price_list_id       bigint references price_list (id),
    discount_ceiling    numeric(5, 2),
    payment_terms_days  integer       not null,
    version             bigint        not null,
    constraint channel_policy_channel_uk unique (channel),
    constraint channel_policy_ceiling_ck check (discount_ceiling is null or (discount_ceiling >= 0 and discount_ceiling <= 100)),
    constraint channel_policy_terms_ck check (payment_terms_days >= 0 and payment_terms_days <= 365)
);

create table positioning (
    id          bigint         not null primary key,
    brand_id    bigint         not null references brand (id),
    segment_id  bigint         not null references segment (id),
    statement   varchar(2000)  not null,
    written_by  varchar(60)    not null,
    version     bigint         not null,
    constraint positioning_brand_segment_uk unique (brand_id, segment_id)
);

create table launch_plan (
    id           bigint        not null primary key,
    code         varchar(20)   not null,
    name         varchar(100)  not null,
    brand_id     bigint        not null references brand (id),
    status       varchar(12)   not null,
    launch_date  date          not null,
    note         varchar(1000),
    version      bigint        not null,
    constraint launch_plan_code_uk unique (code),
    constraint launch_plan_status_ck check (status in ('DRAFT', 'APPROVED', 'LAUNCHED', 'CANCELLED'))
);

create table launch_plan_product (
    launch_plan_id  bigint not null references launch_plan (id),
    product_id      bigint not null references product (id),
    primary key (launch_plan_id, product_id)
);

create table launch_plan_segment (
    launch_plan_id  bigint not null references launch_plan (id),
    segment_id      bigint not null references segment (id),
    primary key (launch_plan_id, segment_id)
);

create table launch_milestone (
    id              bigint        not null primary key,
    launch_plan_id  bigint        not null references launch_plan (id),
    title           varchar(200)  not null,
    due_date        date          not null,
    owner_id        bigint        not null references user_account (id),
    done            boolean       not null,
    done_on         date
);
create index launch_milestone_plan_ix on launch_milestone (launch_plan_id);

create table competitor (
    id       bigint        not null primary key,
    name     varchar(100)  not null,
    note     varchar(500),
    version  bigint        not null,
    constraint competitor_name_uk unique (name)
);

create table competitor_product (
    id              bigint        not null primary key,
    competitor_id   bigint        not null references competitor (id),
    name            varchar(120)  not null,
    our_product_id  bigint references product (id),
    version         bigint        not null,
    constraint competitor_product_name_uk unique (competitor_id, name)
);

create table price_observation (
    id                     bigint         not null primary key,
    competitor_product_id  bigint         not null references competitor_product (id),
    observed_on            date           not null,
    territory_id           bigint         not null references territory (id),
    customer_id            bigint references customer (id),
    outlet                 varchar(120),
    price                  numeric(19, 4) not null,
    currency               char(3)        not null,
    promotion              varchar(300),
    observed_by            varchar(60)    not null,
    recorded_at            timestamp with time zone not null,
    constraint price_observation_price_ck check (price >= 0)
);
create index price_observation_trend_ix on price_observation (territory_id, observed_on);
create index price_observation_product_ix on price_observation (competitor_product_id);
