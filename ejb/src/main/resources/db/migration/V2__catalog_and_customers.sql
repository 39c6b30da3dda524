-- Brands, products and customers: the master data every sales document refers to.

create sequence brand_seq start with 1 increment by 50;
create sequence product_seq start with 1 increment by 50;
create sequence customer_seq start with 1 increment by 50;

create table brand (
    id        bigint       not null primary key,
    code      varchar(20)  not null,
    name      varchar(100) not null,
    category  varchar(40)  not null,
    version   bigint       not null,
    constraint brand_code_uk unique (code)
);

create table product (
    id         bigint        not null primary key,
    sku        varchar(30)   not null,
    name       varchar(120)  not null,
    brand_id   bigint        not null references brand (id),
    unit       varchar(10)   not null,
    pack_size  integer       not null,
    barcode    varchar(14),
    tax_rate   numeric(5, 4) not null,
    active     boolean       not null,
    version    bigint        not null,
    constraint product_sku_uk unique (sku),
    constraint product_pack_size_ck check (pack_size >= 1),
    constraint product_tax_rate_ck check (tax_rate >= 0 and tax_rate <= 1)
);
create index product_brand_ix on product (brand_id);

create table customer (
    id            bigint         not null primary key,
    code          varchar(20)    not null,
    name          varchar(120)   not null,
    kind          varchar(20)    not null,
    territory_id  bigint         not null references territory (id),
    owner_id      bigint references user_account (id),
    address       varchar(200),
    credit_limit  numeric(19, 4) not null,
    currency      char(3)        not null,
    active        boolean        not null,
    version       bigint         not null,
    constraint customer_code_uk unique (code),
    constraint customer_kind_ck check (kind in ('DISTRIBUTOR', 'WHOLESALER', 'RETAIL_OUTLET', 'KEY_ACCOUNT')),
    constraint customer_credit_limit_ck check (credit_limit >= 0)
);
create index customer_territory_ix on customer (territory_id);
create index customer_owner_ix on customer (owner_id);
