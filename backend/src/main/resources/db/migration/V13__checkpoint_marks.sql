-- The checkpoint list reads a board's phase changes and checkpoints out of its whole op log (OpLog.marks); without
-- this index every read walks the board's every batch and its JSON.
create index op_log_marks on op_log (board_id, seq) where ops->0->>'op' in ('phase', 'checkpoint');
