-- Dot voting. The round is live state of the wall (state, votes per person, kinds that may get votes, whether its
-- tally was shown); the votes are kept per person and sticky, several dots on one sticky in one row. A sticky's
-- removal removes its votes, which gives them back to their owners' budgets.
alter table board add column voting_state text not null default 'none'
    check (voting_state in ('none', 'open', 'revealed', 'closed'));
alter table board add column voting_per_person integer not null default 0;
alter table board add column voting_kinds text[];
alter table board add column voting_revealed boolean not null default false;

create table vote (
    board_id   uuid    not null,
    person_id  text    not null,
    element_id uuid    not null,
    dots       integer not null check (dots > 0),
    primary key (board_id, person_id, element_id),
    foreign key (board_id, element_id) references element (board_id, id) on delete cascade
);

-- A batch only one person may see (a vote before the reveal): visible_to names that person; everyone else is sent
-- others_ops in its place, which says only what all may know. Both null: a batch for everyone.
alter table op_log add column visible_to text;
alter table op_log add column others_ops jsonb;
