-- title: Groups referenced per article
-- description: For the newest articles, the organisations and groups each one mentions, with how many times.
-- param: limit (integer 1..) = 50  -- how many articles to list
SELECT ar.id AS article_id,
       ar.published AS date,
       coalesce(ar.title, ar.path) AS article,
       (SELECT group_concat(name || ' (' || n || ')', '; ')
          FROM (SELECT a.name AS name, count(*) AS n
                  FROM mentions m JOIN actors a ON a.id = m.actor_id
                 WHERE m.article_id = ar.id AND a.kind = 'organization'
                 GROUP BY a.id ORDER BY n DESC, a.name)) AS groups
FROM articles ar
ORDER BY ar.published DESC, ar.id DESC
LIMIT :limit;
