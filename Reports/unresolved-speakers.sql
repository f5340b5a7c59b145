-- title: Unresolved speakers
-- description: Sources that were not linked to any actor ('a source', 'officials', 'he' with no antecedent), by how often they occur: a quality check on speaker resolution.
-- param: limit (integer 1..) = 50  -- how many sources to list
SELECT coalesce(speaker_text, '(no source)') AS source_as_written,
       count(*) AS statements
FROM statements INDEXED BY statements_unresolved  -- the partial index of unresolved sources covers this query
WHERE speaker_id IS NULL
GROUP BY speaker_text
ORDER BY statements DESC, source_as_written
LIMIT :limit;
