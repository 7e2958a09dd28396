-- Who joined a board, for the workshop report's participants: the name a person chose and the role of their link,
-- recorded at their first join only. Nothing else about them (no address, no device) is kept.
create table board_attendee (
    board_id     uuid        not null references board (id) on delete cascade,
    name         text        not null,
    role         text        not null,
    first_joined timestamptz not null,
    primary key (board_id, name, role)
);
