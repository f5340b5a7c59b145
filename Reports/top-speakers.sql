-- title: Top speakers
-- description: Actors with the most statements, with how often they are spoken about and mentioned, and when they were first and last seen.
-- param: limit (integer 1..) = 20  -- how many speakers to list
SELECT a.name AS speaker,
       a.kind AS kind,
       st.statements AS statements,
       st.spoken_about AS spoken_about,
       st.mentions AS mentions,
       st.first_seen AS first_seen,
       st.last_seen AS last_seen
FROM actor_stats st
JOIN actors a ON a.id = st.actor_id
WHERE st.statements > 0
ORDER BY st.statements DESC
LIMIT :limit;
