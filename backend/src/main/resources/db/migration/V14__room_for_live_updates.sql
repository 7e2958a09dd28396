-- Every live group updates its board's row (seq and the rest of the live state). An update that finds room on the
-- row's page, and changes no indexed column, is written beside the old row without touching the index (a heap-only
-- tuple); on a full page it is written elsewhere and the primary key gets an entry for it. The table is small: half
-- of each page is left for these updates. Pages written from now on keep the room; existing ones as they are
-- rewritten.
alter table board set (fillfactor = 50);
