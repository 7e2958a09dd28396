-- An element's version counts its changes: an integer would wrap after 2^31-1 of them (reachable by an imported
-- board), so it gets the same range as the board's seq.
alter table element alter column version type bigint;
