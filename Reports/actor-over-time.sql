-- title: Statements about an actor over time
-- description: How many statements were made about an actor per day, week, month or year (by article date); statements of undated articles are counted on a row of their own, 'undated'.
-- param: actor (actor)  -- the actor: any name or alias, e.g. Atmar (required)
-- param: period (day|week|month|year) = month  -- day, week, month or year
SELECT CASE
           WHEN t.published IS NULL THEN 'undated'
           WHEN :period = 'day' THEN t.published
           WHEN :period = 'week' THEN strftime('%Y-W%W', t.published)
           WHEN :period = 'year' THEN substr(t.published, 1, 4)
           ELSE substr(t.published, 1, 7)
       END AS period,
       count(*) AS statements
FROM statement_targets t
WHERE t.actor_id = (SELECT al.actor_id FROM aliases al JOIN actor_stats st ON st.actor_id = al.actor_id
                     WHERE al.alias_key = lower(:actor) OR al.alias = :actor COLLATE NOCASE
                     ORDER BY st.statements + st.spoken_about + st.mentions DESC LIMIT 1)
GROUP BY 1
ORDER BY 1 = 'undated', 1;
