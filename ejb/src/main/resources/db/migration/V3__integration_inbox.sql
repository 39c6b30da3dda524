-- The inbox: one row per message taken from another system, keyed by the sender's idempotency key so that a
-- message delivered twice is recorded once.

create sequence inbound_message_seq start with 1 increment by 50;

create table inbound_message (
    id               bigint       not null primary key,
    idempotency_key  varchar(100) not null,
    message_type     varchar(50)  not null,
    jms_message_id   varchar(200),
    received_at      timestamp with time zone not null,
    body             text         not null,
    version          bigint       not null,
    constraint inbound_message_idempotency_key_uk unique (idempotency_key)
);
