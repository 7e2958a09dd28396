-- Every live batch updates its board's row (seq and the rest of the live state) and the elements it changes. An
-- update that finds room on the row's page, and changes no indexed column, is written beside the old row without
-- touching any index (a heap-only tuple); on a full page it is written elsewhere and every index of the table gets
-- an entry for it. Leaving room on each page keeps nearly all of these updates heap-only. Pages written from now on
-- keep the room; existing ones gain it as they are rewritten.
alter table board set (fillfactor = 50);
alter table element set (fillfactor = 80);
