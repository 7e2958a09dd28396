-- The notation coach's board settings: whether the facilitator switched it off, and which findings the facilitator
-- accepted (a finding's key is its rule and the sorted ids of the elements it names). Who and when are kept here
-- for the findings list and the exports; the op log keeps every switch and acceptance in the board's order too.
create table coach_board (
    board_id uuid    not null primary key references board (id) on delete cascade,
    enabled  boolean not null
);

create table coach_accepted (
    board_id    uuid        not null references board (id) on delete cascade,
    finding_key text        not null,
    accepted_by text        not null,
    accepted_at timestamptz not null,
    primary key (board_id, finding_key)
);
