-- The field loop: survey forms designed by marketing, versioned once answered; assignments to territories or reps
-- with a due date; the reps' responses and their answers; findings turned into actions.

create sequence survey_seq start with 1 increment by 50;
create sequence survey_version_seq start with 1 increment by 50;
create sequence survey_question_seq start with 1 increment by 50;
create sequence survey_assignment_seq start with 1 increment by 50;
create sequence survey_response_seq start with 1 increment by 50;
create sequence survey_answer_seq start with 1 increment by 50;
create sequence survey_finding_seq start with 1 increment by 50;

create table survey (
    id          bigint        not null primary key,
    title       varchar(200)  not null,
    purpose     varchar(1000),
    created_by  varchar(60)   not null,
    created_at  timestamp with time zone not null,
    version     bigint        not null
);

-- the questions as they stood when answers were given; a form without answers is edited in its latest version
create table survey_version (
    id          bigint      not null primary key,
    survey_id   bigint      not null references survey (id),
    number      integer     not null,
    created_at  timestamp with time zone not null,
    constraint survey_version_uk unique (survey_id, number)
);

create table survey_question (
    id                 bigint        not null primary key,
    survey_version_id  bigint        not null references survey_version (id) on delete cascade,
    position           integer       not null,
    kind               varchar(20)   not null,
    text               varchar(500)  not null,
    required           boolean       not null,
    constraint survey_question_kind_ck check (kind in ('SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'NUMBER', 'OBSERVED_PRICE',
        'YES_NO', 'RATING', 'FREE_TEXT'))
);
create index survey_question_version_ix on survey_question (survey_version_id, position);

create table survey_question_option (
    question_id  bigint       not null references survey_question (id) on delete cascade,
    position     integer      not null,
    label        varchar(200) not null,
    primary key (question_id, position)
);

-- to a territory (one response expected from each of its reps) or to one rep
create table survey_assignment (
    id            bigint      not null primary key,
    survey_id     bigint      not null references survey (id),
    territory_id  bigint      references territory (id),
    rep_id        bigint      references user_account (id),
    due_date      date        not null,
    assigned_by   varchar(60) not null,
    assigned_at   timestamp with time zone not null,
    constraint survey_assignment_target_ck check ((territory_id is null) <> (rep_id is null))
);
create index survey_assignment_survey_ix on survey_assignment (survey_id);
create index survey_assignment_territory_ix on survey_assignment (territory_id);
create index survey_assignment_rep_ix on survey_assignment (rep_id);

create table survey_response (
    id                 bigint       not null primary key,
    assignment_id      bigint       not null references survey_assignment (id),
    survey_version_id  bigint       not null references survey_version (id),
    rep_id             bigint       not null references user_account (id),
    territory_id       bigint       not null references territory (id),
    customer_id        bigint       references customer (id),
    entered_by         varchar(60)  not null,
    status             varchar(10)  not null,
    saved_at           timestamp with time zone not null,
    submitted_at       timestamp with time zone,
    submitted_on       date,
    version            bigint       not null,
    constraint survey_response_uk unique (assignment_id, rep_id),
    constraint survey_response_status_ck check (status in ('DRAFT', 'SUBMITTED'))
);
create index survey_response_version_ix on survey_response (survey_version_id, status, submitted_on);

create table survey_answer (
    id            bigint         not null primary key,
    response_id   bigint         not null references survey_response (id) on delete cascade,
    question_id   bigint         not null references survey_question (id),
    choices       varchar(200),
    number_value  numeric(19, 4),
    yes           boolean,
    text_value    varchar(2000),
    price         numeric(19, 4),
    currency      char(3),
    observed_item varchar(200),
    constraint survey_answer_uk unique (response_id, question_id)
);
create index survey_answer_question_ix on survey_answer (question_id);

create table survey_finding (
    id            bigint        not null primary key,
    survey_id     bigint        not null references survey (id),
    finding       varchar(1000) not null,
    action_kind   varchar(20)   not null,
    action_text   varchar(1000) not null,
    owner         varchar(60)   not null,
    due_date      date          not null,
    status        varchar(10)   not null,
    recorded_by   varchar(60)   not null,
    recorded_at   timestamp with time zone not null,
    done_by       varchar(60),
    done_at       timestamp with time zone,
    version       bigint        not null,
    constraint survey_finding_kind_ck check (action_kind in ('CAMPAIGN', 'PRICE_RULE', 'MEETING_ITEM')),
    constraint survey_finding_status_ck check (status in ('OPEN', 'DONE'))
);
create index survey_finding_open_ix on survey_finding (action_kind, status, due_date);
create index survey_finding_survey_ix on survey_finding (survey_id);
