-- A batch's client id was broadcast with it, so anyone could send under it and pre-empt a resend. The op log now
-- keeps the batch's origin instead: for live clients a hash of the board and their secret client id (the first 22
-- characters of the URL-safe, unpadded base64 of SHA-256 over '<boardId>:<clientId>', as io.stormwall.wall.Origin
-- computes it); REST batches keep 'rest:<role>', which no hash can equal.
alter table op_log rename column client_id to origin;

update op_log
set origin = substr(translate(encode(sha256(convert_to(board_id::text || ':' || origin, 'UTF8')), 'base64'), '+/', '-_'), 1, 22)
where origin not like 'rest:%';

comment on column op_log.origin is 'Whose batch: hash of board id and secret client id, or rest:<role>; with client_op_id it recognises a resend.';
