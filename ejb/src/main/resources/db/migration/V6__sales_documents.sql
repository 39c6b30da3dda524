-- The documents of order to cash: quotation -> sales order -> delivery -> invoice -> payment, and
-- return -> credit note. Quantities keep three decimals, unit prices four, amounts are rounded to the
-- currency's scale when computed and kept in numeric(19, 4) like every other amount.
-- Numbers of quotations, orders, deliveries, payments and returns are made from the row's id (unique, rising,
-- gaps allowed); invoices and credit notes take theirs from document_counter, one row per kind and year,
-- locked by the issuing transaction, so that they have no gaps.

create table document_counter (
    kind         varchar(20) not null,
    counter_year integer     not null,
    last_number  bigint      not null,
    constraint document_counter_pk primary key (kind, counter_year)
);

create sequence quotation_seq start with 1 increment by 50;
create sequence quotation_line_seq start with 1 increment by 50;
create sequence sales_order_seq start with 1 increment by 50;
create sequence sales_order_line_seq start with 1 increment by 50;
create sequence delivery_seq start with 1 increment by 50;
create sequence delivery_line_seq start with 1 increment by 50;
create sequence invoice_seq start with 1 increment by 50;
create sequence invoice_line_seq start with 1 increment by 50;
create sequence payment_seq start with 1 increment by 50;
create sequence payment_allocation_seq start with 1 increment by 50;
create sequence customer_return_seq start with 1 increment by 50;
create sequence return_line_seq start with 1 increment by 50;
create sequence credit_note_seq start with 1 increment by 50;
create sequence credit_note_line_seq start with 1 increment by 50;

create table quotation (
    id            bigint         not null primary key,
    number        varchar(24)    not null,
    customer_id   bigint         not null references customer (id),
    created_by    varchar(60)    not null,
    created_at    timestamp      not null,
    quoted_on     date           not null,
    valid_until   date           not null,
    currency      char(3)        not null,
    status        varchar(12)    not null,
    note          varchar(500),
    net_total     numeric(19, 4) not null,
    vat_total     numeric(19, 4) not null,
    gross_total   numeric(19, 4) not null,
    version       bigint         not null,
    constraint quotation_number_uk unique (number),
    constraint quotation_status_ck check (status in ('DRAFT', 'SENT', 'ACCEPTED', 'REJECTED', 'EXPIRED')),
    constraint quotation_validity_ck check (valid_until >= quoted_on)
);
create index quotation_customer_ix on quotation (customer_id);
create index quotation_status_ix on quotation (status, valid_until);

-- the price columns of a priced line, the same for quotation and order lines (LinePrice)
create table quotation_line (
    id                       bigint         not null primary key,
    quotation_id             bigint         not null references quotation (id) on delete cascade,
    line_no                  integer        not null,
    product_id               bigint         not null references product (id),
    quantity                 numeric(15, 3) not null,
    ordered_quantity         numeric(15, 3) not null,
    price_list_id            bigint         not null,
    price_list_code          varchar(20)    not null,
    prices_include_tax       boolean        not null,
    tax_rate                 numeric(5, 4)  not null,
    base_price               numeric(19, 4) not null,
    unit_price               numeric(19, 4) not null,
    unit_net_price           numeric(19, 4) not null,
    manual_discount_percent  numeric(7, 4)  not null,
    needs_approval           boolean        not null,
    explanation              varchar(4000)  not null,
    line_net                 numeric(19, 4) not null,
    line_vat                 numeric(19, 4) not null,
    line_gross               numeric(19, 4) not null,
    constraint quotation_line_quantity_ck check (quantity > 0 and ordered_quantity >= 0 and ordered_quantity <= quantity),
    constraint quotation_line_no_uk unique (quotation_id, line_no)
);

create table sales_order (
    id                   bigint         not null primary key,
    number               varchar(24)    not null,
    customer_id          bigint         not null references customer (id),
    quotation_id         bigint references quotation (id),
    customer_reference   varchar(40),
    created_by           varchar(60)    not null,
    created_at           timestamp      not null,
    ordered_on           date           not null,
    requested_on         date,
    currency             char(3)        not null,
    status               varchar(20)    not null,
    credit_hold          boolean        not null,
    discount_hold        boolean        not null,
    hold_note            varchar(300),
    decided_by           varchar(60),
    decided_at           timestamp,
    cancel_reason        varchar(300),
    net_total            numeric(19, 4) not null,
    vat_total            numeric(19, 4) not null,
    gross_total          numeric(19, 4) not null,
    version              bigint         not null,
    constraint sales_order_number_uk unique (number),
    constraint sales_order_status_ck check (status in
        ('DRAFT', 'AWAITING_APPROVAL', 'CONFIRMED', 'PARTLY_DELIVERED', 'DELIVERED', 'CANCELLED'))
);
create index sales_order_customer_ix on sales_order (customer_id);
create index sales_order_quotation_ix on sales_order (quotation_id);
create index sales_order_status_ix on sales_order (status);
create index sales_order_ordered_on_ix on sales_order (ordered_on, id);

create table sales_order_line (
    id                       bigint         not null primary key,
    sales_order_id           bigint         not null references sales_order (id) on delete cascade,
    line_no                  integer        not null,
    product_id               bigint         not null references product (id),
    quantity                 numeric(15, 3) not null,
    scheduled_quantity       numeric(15, 3) not null,
    delivered_quantity       numeric(15, 3) not null,
    quotation_line_id        bigint references quotation_line (id),
    price_list_id            bigint         not null,
    price_list_code          varchar(20)    not null,
    prices_include_tax       boolean        not null,
    tax_rate                 numeric(5, 4)  not null,
    base_price               numeric(19, 4) not null,
    unit_price               numeric(19, 4) not null,
    unit_net_price           numeric(19, 4) not null,
    manual_discount_percent  numeric(7, 4)  not null,
    needs_approval           boolean        not null,
    explanation              varchar(4000)  not null,
    line_net                 numeric(19, 4) not null,
    line_vat                 numeric(19, 4) not null,
    line_gross               numeric(19, 4) not null,
    constraint sales_order_line_quantity_ck check (quantity > 0
        and delivered_quantity >= 0 and delivered_quantity <= scheduled_quantity and scheduled_quantity <= quantity),
    constraint sales_order_line_no_uk unique (sales_order_id, line_no)
);
create index sales_order_line_quotation_line_ix on sales_order_line (quotation_line_id);

create table delivery (
    id              bigint       not null primary key,
    number          varchar(24)  not null,
    sales_order_id  bigint       not null references sales_order (id),
    customer_id     bigint       not null references customer (id),
    status          varchar(12)  not null,
    planned_on      date         not null,
    created_by      varchar(60)  not null,
    created_at      timestamp    not null,
    shipped_by      varchar(60),
    shipped_at      timestamp,
    version         bigint       not null,
    constraint delivery_number_uk unique (number),
    constraint delivery_status_ck check (status in ('PLANNED', 'SHIPPED', 'CANCELLED'))
);
create index delivery_order_ix on delivery (sales_order_id);
create index delivery_customer_ix on delivery (customer_id, status);

create table delivery_line (
    id                   bigint         not null primary key,
    delivery_id          bigint         not null references delivery (id) on delete cascade,
    line_no              integer        not null,
    sales_order_line_id  bigint         not null references sales_order_line (id),
    product_id           bigint         not null references product (id),
    quantity             numeric(15, 3) not null,
    returned_quantity    numeric(15, 3) not null,
    constraint delivery_line_quantity_ck check (quantity > 0 and returned_quantity >= 0 and returned_quantity <= quantity),
    constraint delivery_line_no_uk unique (delivery_id, line_no)
);
create index delivery_line_order_line_ix on delivery_line (sales_order_line_id);

create table invoice (
    id               bigint         not null primary key,
    number           varchar(24),
    customer_id      bigint         not null references customer (id),
    status           varchar(12)    not null,
    currency         char(3)        not null,
    created_by       varchar(60)    not null,
    created_at       timestamp      not null,
    invoice_date     date,
    due_date         date,
    issued_by        varchar(60),
    note             varchar(300),
    net_total        numeric(19, 4) not null,
    vat_total        numeric(19, 4) not null,
    gross_total      numeric(19, 4) not null,
    paid_amount      numeric(19, 4) not null,
    credited_amount  numeric(19, 4) not null,
    version          bigint         not null,
    constraint invoice_number_uk unique (number),
    constraint invoice_status_ck check (status in ('DRAFT', 'ISSUED', 'PARTLY_PAID', 'PAID')),
    constraint invoice_issued_ck check (status = 'DRAFT' or (number is not null and invoice_date is not null
        and due_date is not null))
);
create index invoice_customer_ix on invoice (customer_id, status);
create index invoice_due_ix on invoice (status, due_date);

-- a delivery line is invoiced once: the unique key keeps two invoices from billing it twice
create table invoice_line (
    id                bigint         not null primary key,
    invoice_id        bigint         not null references invoice (id) on delete cascade,
    line_no           integer        not null,
    delivery_line_id  bigint         not null references delivery_line (id),
    product_id        bigint         not null references product (id),
    quantity          numeric(15, 3) not null,
    unit_net_price    numeric(19, 4) not null,
    tax_rate          numeric(5, 4)  not null,
    line_net          numeric(19, 4) not null,
    line_vat          numeric(19, 4) not null,
    line_gross        numeric(19, 4) not null,
    constraint invoice_line_delivery_line_uk unique (delivery_line_id),
    constraint invoice_line_no_uk unique (invoice_id, line_no)
);

create table payment (
    id           bigint         not null primary key,
    number       varchar(24)    not null,
    customer_id  bigint         not null references customer (id),
    received_on  date           not null,
    method       varchar(20)    not null,
    reference    varchar(60),
    amount       numeric(19, 4) not null,
    currency     char(3)        not null,
    recorded_by  varchar(60)    not null,
    recorded_at  timestamp      not null,
    version      bigint         not null,
    constraint payment_number_uk unique (number),
    constraint payment_amount_ck check (amount > 0),
    constraint payment_method_ck check (method in ('BANK_TRANSFER', 'CASH', 'CHEQUE', 'BANK_ACCEPTANCE'))
);
create index payment_customer_ix on payment (customer_id);

create table payment_allocation (
    id          bigint         not null primary key,
    payment_id  bigint         not null references payment (id) on delete cascade,
    invoice_id  bigint         not null references invoice (id),
    amount      numeric(19, 4) not null,
    constraint payment_allocation_amount_ck check (amount > 0)
);
create index payment_allocation_invoice_ix on payment_allocation (invoice_id);

create table customer_return (
    id            bigint       not null primary key,
    number        varchar(24)  not null,
    customer_id   bigint       not null references customer (id),
    delivery_id   bigint       not null references delivery (id),
    status        varchar(12)  not null,
    note          varchar(300),
    created_by    varchar(60)  not null,
    created_at    timestamp    not null,
    decided_by    varchar(60),
    decided_at    timestamp,
    version       bigint       not null,
    constraint customer_return_number_uk unique (number),
    constraint customer_return_status_ck check (status in ('REQUESTED', 'RECEIVED', 'REJECTED'))
);
create index customer_return_delivery_ix on customer_return (delivery_id);
create index customer_return_customer_ix on customer_return (customer_id);

create table return_line (
    id                bigint         not null primary key,
    return_id         bigint         not null references customer_return (id) on delete cascade,
    line_no           integer        not null,
    delivery_line_id  bigint         not null references delivery_line (id),
    product_id        bigint         not null references product (id),
    quantity          numeric(15, 3) not null,
    reason            varchar(20)    not null,
    constraint return_line_quantity_ck check (quantity > 0),
    constraint return_line_reason_ck check (reason in ('DAMAGED', 'EXPIRED', 'WRONG_ITEM', 'QUALITY', 'OTHER')),
    constraint return_line_no_uk unique (return_id, line_no)
);
create index return_line_delivery_line_ix on return_line (delivery_line_id);

create table credit_note (
    id           bigint         not null primary key,
    number       varchar(24)    not null,
    customer_id  bigint         not null references customer (id),
    invoice_id   bigint         not null references invoice (id),
    return_id    bigint         not null references customer_return (id),
    issued_on    date           not null,
    issued_by    varchar(60)    not null,
    currency     char(3)        not null,
    net_total    numeric(19, 4) not null,
    vat_total    numeric(19, 4) not null,
    gross_total  numeric(19, 4) not null,
    constraint credit_note_number_uk unique (number)
);
create index credit_note_invoice_ix on credit_note (invoice_id);
create index credit_note_return_ix on credit_note (return_id);

create table credit_note_line (
    id               bigint         not null primary key,
    credit_note_id   bigint         not null references credit_note (id) on delete cascade,
    line_no          integer        not null,
    return_line_id   bigint         not null references return_line (id),
    invoice_line_id  bigint         not null references invoice_line (id),
    product_id       bigint         not null references product (id),
    quantity         numeric(15, 3) not null,
    unit_net_price   numeric(19, 4) not null,
    tax_rate         numeric(5, 4)  not null,
    line_net         numeric(19, 4) not null,
    line_vat         numeric(19, 4) not null,
    line_gross       numeric(19, 4) not null,
    constraint credit_note_line_no_uk unique (credit_note_id, line_no)
);
