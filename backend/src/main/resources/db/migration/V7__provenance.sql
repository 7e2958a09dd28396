-- Where a board's wall came from when a workshop continued on a new board (an architecture session on top of a
-- process-level wall): the source board as it stood when its elements were carried over.
create table board_provenance (
    board_id        uuid        primary key references board (id) on delete cascade,
    source_board_id uuid        not null,
    source_title    text        not null,
    source_format   text        not null,
    source_seq      bigint      not null,
    continued_at    timestamptz not null,
    continued_by    text        not null
);
