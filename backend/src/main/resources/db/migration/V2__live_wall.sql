-- Capability links: one secret per role and board, stored only as its SHA-256.
create table board_token (
    board_id   uuid        not null references board (id) on delete cascade,
    role       text        not null check (role in ('facilitator', 'participant', 'observer')),
    token_hash bytea       not null,
    created_at timestamptz not null default now(),
    primary key (board_id, role)
);

-- The wall's current state. Arrows carry from_id/to_id; deleting an element deletes its arrows in the same batch.
create table element (
    board_id   uuid             not null references board (id) on delete cascade,
    id         uuid             not null,
    kind       text             not null,
    text       text             not null default '',
    x          double precision not null,
    y          double precision not null,
    w          double precision not null,
    h          double precision not null,
    z          bigint           not null,
    from_id    uuid,
    to_id      uuid,
    label      text,
    props      jsonb            not null default '{}',
    version    integer          not null,
    updated_by text             not null,
    updated_at timestamptz      not null,
    primary key (board_id, id)
);
create index element_arrow_ends on element (board_id, from_id, to_id) where kind = 'arrow';

-- Every accepted batch, in the board's order. (client_id, client_op_id) makes a resent batch apply once.
create table op_log (
    board_id     uuid        not null references board (id) on delete cascade,
    seq          bigint      not null,
    client_id    text        not null,
    client_op_id text        not null,
    actor        text        not null,
    ops          jsonb       not null,
    created_at   timestamptz not null default now(),
    primary key (board_id, seq),
    unique (board_id, client_id, client_op_id)
);
