-- Users, their roles and the territory hierarchy (region -> area -> territory).
-- Written for PostgreSQL; the embedded H2 database runs in PostgreSQL mode and reads the same SQL.

create sequence user_account_seq start with 1 increment by 50;
create sequence territory_seq start with 1 increment by 50;

create table user_account (
    id             bigint       not null primary key,
    username       varchar(50)  not null,
    display_name   varchar(100) not null,
    email          varchar(200),
    password_hash  varchar(300) not null,
    enabled        boolean      not null,
    failed_logins  integer      not null default 0,
    locked_until   timestamp with time zone,
    last_login_at  timestamp with time zone,
    locale         varchar(10)  not null,
    created_at     timestamp with time zone not null,
    version        bigint       not null,
    constraint user_account_username_uk unique (username)
);

create table user_role (
    user_id  bigint      not null references user_account (id) on delete cascade,
    role     varchar(30) not null,
    primary key (user_id, role)
);

create table territory (
    id         bigint       not null primary key,
    code       varchar(20)  not null,
    name       varchar(100) not null,
    level      varchar(10)  not null,
    parent_id  bigint references territory (id),
    active     boolean      not null,
    version    bigint       not null,
    constraint territory_code_uk unique (code),
    constraint territory_level_ck check (level in ('REGION', 'AREA', 'TERRITORY'))
);
create index territory_parent_ix on territory (parent_id);

create table territory_member (
    territory_id  bigint not null references territory (id) on delete cascade,
    user_id       bigint not null references user_account (id) on delete cascade,
    primary key (territory_id, user_id)
);
create index territory_member_user_ix on territory_member (user_id);
