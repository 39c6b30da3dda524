-- What the sales force keeps about a customer besides its name and place: the group and channel pricing
-- looks at, payment terms, a status that can hold a customer without closing it, and its contacts.

alter table customer add column customer_group varchar(20);
alter table customer add column channel varchar(20);
alter table customer add column payment_terms_days integer;
alter table customer add column status varchar(10);
alter table customer add column phone varchar(30);

-- existing customers get the channel their kind usually sells through, 30 days, and a status from "active"
update customer set channel = case kind
        when 'DISTRIBUTOR' then 'DISTRIBUTION'
        when 'WHOLESALER' then 'WHOLESALE'
        when 'KEY_ACCOUNT' then 'KEY_ACCOUNT'
        else 'TRADITIONAL_TRADE' end,
    payment_terms_days = 30,
    status = case when active then 'ACTIVE' else 'CLOSED' end;

alter table customer alter column channel set not null;
alter table customer alter column payment_terms_days set not null;
alter table customer alter column status set not null;
alter table customer drop column active;

alter table customer add constraint customer_channel_ck
    check (channel in ('DISTRIBUTION', 'WHOLESALE', 'MODERN_TRADE', 'TRADITIONAL_TRADE', 'HORECA', 'KEY_ACCOUNT'));
alter table customer add constraint customer_status_ck check (status in ('ACTIVE', 'ON_HOLD', 'CLOSED'));
alter table customer add constraint customer_payment_terms_ck check (payment_terms_days between 0 and 365);
create index customer_status_ix on customer (status);

create sequence customer_contact_seq start with 1 increment by 50;

create table customer_contact (
    id               bigint       not null primary key,
    customer_id      bigint       not null references customer (id) on delete cascade,
    name             varchar(60)  not null,
    position         varchar(60),
    phone            varchar(30),
    email            varchar(200),
    primary_contact  boolean      not null,
    version          bigint       not null
);
create index customer_contact_customer_ix on customer_contact (customer_id);
