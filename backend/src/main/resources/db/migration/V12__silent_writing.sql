-- Silent writing. Whether it is on is live state of the wall; while it is on, a participant's new stickies are kept
-- with their author in hidden_for and every read but that person's leaves them out. Turning it off reveals them all
-- in one batch and clears the column.
alter table board add column silent boolean not null default false;
alter table element add column hidden_for text;
create index element_hidden on element (board_id, hidden_for) where hidden_for is not null;
