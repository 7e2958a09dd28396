-- A live batch reads the arrows attached to the elements it names, by either end. Arrows are found by their start
-- through element_arrow_ends; this finds them by their end without going over every arrow of the board.
create index element_arrow_targets on element (board_id, to_id) where kind = 'arrow';
