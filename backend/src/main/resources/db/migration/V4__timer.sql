-- The facilitator's timebox. Running: ends at timer_ends_at. Paused: timer_remaining_ms left. Neither: no timer.
-- The end time is held here so every client, also one reconnecting, counts down to the same moment.
alter table board add column timer_duration_ms bigint;
alter table board add column timer_ends_at timestamptz;
alter table board add column timer_remaining_ms bigint;
