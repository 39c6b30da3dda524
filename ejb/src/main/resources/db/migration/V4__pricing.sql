-- Price lists with their entries, and price rules (conditions plus one action), as docs/pricing.md describes.
-- Dates are whole days; a thru_date is the last day on which the row is valid (inclusive); null is open-ended.

create sequence price_list_seq start with 1 increment by 50;
create sequence price_list_entry_seq start with 1 increment by 50;
create sequence price_rule_seq start with 1 increment by 50;

create table price_list (
    id                  bigint       not null primary key,
    code                varchar(20)  not null,
    name                varchar(100) not null,
    channel             varchar(20),
    customer_group      varchar(20),
    currency            char(3)      not null,
    from_date           date         not null,
    thru_date           date,
    prices_include_tax  boolean      not null,
    active              boolean      not null,
    version             bigint       not null,
    constraint price_list_code_uk unique (code),
    constraint price_list_period_ck check (thru_date is null or thru_date >= from_date)
);

create table price_list_entry (
    id             bigint         not null primary key,
    price_list_id  bigint         not null references price_list (id),
    product_id     bigint         not null references product (id),
    unit_price     numeric(19, 4) not null,
    from_date      date,
    thru_date      date,
    version        bigint         not null,
    constraint price_list_entry_price_ck check (unit_price >= 0),
    constraint price_list_entry_period_ck check (thru_date is null or from_date is null or thru_date >= from_date)
);
create index price_list_entry_product_ix on price_list_entry (product_id);
create index price_list_entry_list_ix on price_list_entry (price_list_id);

create table price_rule (
    id              bigint         not null primary key,
    name            varchar(100)   not null,
    sequence_no     integer        not null,
    from_date       date           not null,
    thru_date       date,
    active          boolean        not null,
    customer_id     bigint references customer (id),
    customer_group  varchar(20),
    channel         varchar(20),
    territory_id    bigint references territory (id),
    product_id      bigint references product (id),
    brand_id        bigint references brand (id),
    min_quantity    numeric(19, 4),
    family          varchar(40),
    action          varchar(20)    not null,
    action_value    numeric(19, 4) not null,
    currency        char(3),
    stackable       boolean        not null,
    source          varchar(200),
    version         bigint         not null,
    constraint price_rule_period_ck check (thru_date is null or thru_date >= from_date),
    constraint price_rule_action_ck check (action in ('FIXED_PRICE', 'PERCENT_OFF', 'AMOUNT_OFF')),
    constraint price_rule_value_ck check (action_value >= 0
        and (action <> 'PERCENT_OFF' or (action_value > 0 and action_value <= 100))),
    constraint price_rule_currency_ck check (action = 'PERCENT_OFF' or currency is not null),
    constraint price_rule_min_quantity_ck check (min_quantity is null or min_quantity > 0)
);
create index price_rule_product_ix on price_rule (product_id);
create index price_rule_brand_ix on price_rule (brand_id);
create index price_rule_customer_ix on price_rule (customer_id);
create index price_rule_period_ix on price_rule (from_date, thru_date);
