-- title: Everything an actor said
-- description: An actor's statements, newest first, with whom each is about and the article it comes from.
-- param: actor (actor)  -- the speaker: any name or alias, e.g. Qureshi (required)
-- param: limit (integer 1..) = 100  -- how many statements to list
SELECT s.published AS date,
       s.kind AS kind,
       s.content AS quote,
       s.cue AS cue,
       (SELECT group_concat(a.name, '; ') FROM statement_targets t JOIN actors a ON a.id = t.actor_id
         WHERE t.statement_id = s.id) AS about,
       ar.title AS article,
       ar.path AS path
FROM statements s
JOIN articles ar ON ar.id = s.article_id
WHERE s.speaker_id = (SELECT al.actor_id FROM aliases al JOIN actor_stats st ON st.actor_id = al.actor_id
                       WHERE al.alias_key = lower(:actor) OR al.alias = :actor COLLATE NOCASE
                       ORDER BY st.statements + st.spoken_about + st.mentions DESC LIMIT 1)
ORDER BY s.published DESC, s.id DESC
LIMIT :limit;
