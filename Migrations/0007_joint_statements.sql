-- Joint statements: one statement that speaks for several actors.
--
-- 'Trump and Sanders said …', 'The two said …' (after two people are named), 'a report by
-- U.S. PIRG and Citizens for Tax Justice found …'. A statement's speaker_id is the first
-- actor its source names; the others are listed here, so that none of them is lost and none
-- is credited alone. Running counts by speaker (actor_stats, speaker_target_counts, the
-- top-speakers reports) count a joint statement once, under its first speaker;
-- `statement_speakers` lists every actor a statement speaks for, and
-- `whosaid quotes --speaker` finds a joint statement under any of them.
--   SELECT a.name FROM statement_co_speakers c JOIN actors a ON a.id = c.actor_id WHERE c.statement_id = 42;
CREATE TABLE statement_co_speakers (
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,  -- another actor the statement speaks for
    position INTEGER NOT NULL,                                           -- 1 for the second actor named, 2 for the third, …
    PRIMARY KEY (statement_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX statement_co_speakers_actor ON statement_co_speakers (actor_id, statement_id);

-- Every actor each statement speaks for: its speaker (position 0), then the others of a joint source.
--   SELECT s.content FROM statement_speakers x JOIN statements s ON s.id = x.statement_id WHERE x.actor_id = 7;
CREATE VIEW statement_speakers AS
SELECT id AS statement_id, speaker_id AS actor_id, 0 AS position FROM statements WHERE speaker_id IS NOT NULL
UNION ALL
SELECT statement_id, actor_id, position FROM statement_co_speakers;

DROP VIEW who_said_what;

-- One row per statement, for reading at the sqlite3 shell; `together_with` names the other
-- actors of a joint statement ('Bernie Sanders' beside speaker 'Donald Trump').
--   SELECT speaker, together_with, quote FROM who_said_what WHERE together_with IS NOT NULL;
CREATE VIEW who_said_what AS
SELECT
    s.id AS statement_id,
    coalesce(sp.name, s.speaker_text, '(unknown)') AS speaker,   -- resolved actor, else the mention as written
    sp.kind AS speaker_kind,
    s.speaker_text AS speaker_as_written,
    s.kind AS kind,                                               -- direct, indirect or mixed
    s.content AS quote,
    s.cue AS cue,
    (SELECT group_concat(a.name, '; ')
       FROM statement_targets t JOIN actors a ON a.id = t.actor_id
      WHERE t.statement_id = s.id) AS about,                      -- actors the statement is about
    ar.title AS article_title,
    ar.published AS article_date,
    ar.source AS article_source,
    ar.path AS article_path,
    s.article_id AS article_id,
    (SELECT group_concat(name, '; ') FROM (
        SELECT a.name AS name FROM statement_co_speakers c JOIN actors a ON a.id = c.actor_id
         WHERE c.statement_id = s.id ORDER BY c.position)) AS together_with  -- the other speakers of a joint statement, last so older files' columns line up
FROM statements s
JOIN articles ar ON ar.id = s.article_id
LEFT JOIN actors sp ON sp.id = s.speaker_id;
