-- title: What one actor said about another
-- description: Statements by a speaker about a target, newest first.
-- param: speaker (actor)  -- the speaker: any name or alias (required)
-- param: about (actor)  -- the target: any name or alias (required)
-- param: limit (integer 1..) = 100  -- how many statements to list
SELECT t.published AS date,
       s.kind AS kind,
       s.content AS quote,
       s.cue AS cue,
       ar.title AS article,
       ar.path AS path
FROM statement_targets t
JOIN statements s ON s.id = t.statement_id
JOIN articles ar ON ar.id = s.article_id
WHERE t.actor_id = (SELECT al.actor_id FROM aliases al JOIN actor_stats st ON st.actor_id = al.actor_id
                     WHERE al.alias_key = lower(:about) OR al.alias = :about COLLATE NOCASE
                     ORDER BY st.statements + st.spoken_about + st.mentions DESC LIMIT 1)
  AND t.speaker_id = (SELECT al.actor_id FROM aliases al JOIN actor_stats st ON st.actor_id = al.actor_id
                       WHERE al.alias_key = lower(:speaker) OR al.alias = :speaker COLLATE NOCASE
                       ORDER BY st.statements + st.spoken_about + st.mentions DESC LIMIT 1)
ORDER BY t.published DESC, t.statement_id DESC
LIMIT :limit;
