-- The chat-platform user a report came from (Zalo OA's user id), so the steps of the report can be told
-- back to that person on the same platform; empty for every other channel.
alter table feedback_report add column reporter_chat_id varchar(100) not null default '';
