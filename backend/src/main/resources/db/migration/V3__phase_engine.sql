-- Facilitator switches that change what the wall accepts; each change is also an entry of the op log.
alter table board add column gating_lifted boolean not null default false;
alter table board add column frozen boolean not null default false;

-- Every phase change with who made it and when: consecutive rows give the time actually spent in each phase.
create table phase_transition (
    board_id   uuid        not null references board (id) on delete cascade,
    seq        bigint      not null,
    from_index integer     not null,
    to_index   integer     not null,
    actor      text        not null,
    role       text        not null,
    changed_at timestamptz not null,
    primary key (board_id, seq)
);
