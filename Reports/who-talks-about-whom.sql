-- title: Who talks about whom
-- description: Speaker and target pairs, with how many statements the speaker made about the target; the most frequent pairs first.
-- param: limit (integer 1..) = 50  -- how many pairs to list
SELECT sp.name AS speaker,
       sp.kind AS speaker_kind,
       tg.name AS target,
       tg.kind AS target_kind,
       c.statements AS statements
FROM speaker_target_counts c
JOIN actors sp ON sp.id = c.speaker_id
JOIN actors tg ON tg.id = c.target_id
ORDER BY c.statements DESC
LIMIT :limit;
