-- title: Top speakers
-- description: Actors with the most statements, with how many of them are direct quotes.
-- param: limit = 20  -- how many speakers to list
SELECT sp.name AS speaker,
       sp.kind AS kind,
       count(*) AS statements,
       sum(s.kind = 'direct') AS direct_quotes
FROM statements s
JOIN actors sp ON sp.id = s.speaker_id
GROUP BY sp.id
ORDER BY statements DESC, speaker
LIMIT :limit;
