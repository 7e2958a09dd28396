-- A board is one workshop's wall. seq is the board's position in its op log (0 = nothing edited yet).
create table board (
    id          uuid primary key,
    title       text        not null check (char_length(title) between 1 and 200),
    format      text        not null,
    phase_index integer     not null default 1 check (phase_index >= 1),
    seq         bigint      not null default 0,
    created_at  timestamptz not null default now()
);
