-- title: Most discussed actors
-- description: Actors that statements are most often about, with how many different speakers talk about them.
-- param: limit (integer 1..) = 20  -- how many actors to list
SELECT a.name AS actor,
       a.kind AS kind,
       st.spoken_about AS statements_about,
       (SELECT count(*) FROM speaker_target_counts c WHERE c.target_id = a.id) AS speakers,
       st.statements AS own_statements,
       st.first_seen AS first_seen,
       st.last_seen AS last_seen
FROM actor_stats st
JOIN actors a ON a.id = st.actor_id
WHERE st.spoken_about > 0
ORDER BY st.spoken_about DESC
LIMIT :limit;
