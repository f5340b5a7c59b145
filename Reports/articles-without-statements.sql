-- title: Articles with no attributed statement
-- description: Articles in which extraction found no statement at all, newest first: a quality check on extraction (or on the input).
-- param: limit (integer 1..) = 50  -- how many articles to list
SELECT ar.id AS article_id,
       ar.published AS date,
       ar.title AS title,
       ar.path AS path,
       length(ar.body) AS characters
FROM articles ar
WHERE NOT EXISTS (SELECT 1 FROM statements s WHERE s.article_id = ar.id)
ORDER BY ar.published DESC, ar.id DESC
LIMIT :limit;
