-- Query layer: what `quotes`, `actor`, `actors`, `graph` and the reports need to answer
-- on an index, not a scan, at a million statements.
--
-- Two kinds of copies are kept here, both maintained by triggers so that nothing in the
-- application can forget them:
--   * the article's date is copied onto statements and statement_targets (and the
--     speaker onto statement_targets), so "newest statements by X about Y" is one range
--     of one index, read in order, and stops at --limit;
--   * running counts per actor (actor_stats) and per speaker/target pair
--     (speaker_target_counts), so "top speakers" or "who talks about whom" read a few
--     rows instead of grouping every statement.

-- Statements: the article's publication date (YYYY-MM-DD), copied.
ALTER TABLE statements ADD COLUMN published TEXT;
UPDATE statements SET published = (SELECT published FROM articles WHERE id = statements.article_id);
DROP INDEX statements_speaker;
CREATE INDEX statements_speaker_date ON statements (speaker_id, published);
CREATE INDEX statements_date ON statements (published);
-- Sources that name nobody, grouped by how they are written ('a source', 'officials').
CREATE INDEX statements_unresolved ON statements (speaker_text) WHERE speaker_id IS NULL;

-- Targets: the statement's speaker and date, copied.
ALTER TABLE statement_targets ADD COLUMN speaker_id INTEGER REFERENCES actors (id) ON DELETE SET NULL;
ALTER TABLE statement_targets ADD COLUMN published TEXT;
UPDATE statement_targets SET
    speaker_id = (SELECT speaker_id FROM statements WHERE id = statement_targets.statement_id),
    published = (SELECT published FROM statements WHERE id = statement_targets.statement_id);
DROP INDEX statement_targets_actor;
CREATE INDEX statement_targets_actor_date ON statement_targets (actor_id, published, statement_id);
CREATE INDEX statement_targets_pair_date ON statement_targets (actor_id, speaker_id, published, statement_id);

-- Articles by outlet, newest first within one.
CREATE INDEX articles_source ON articles (source, published);
-- Roles of one actor (the profile), and aliases typed by hand at the sqlite3 shell.
CREATE INDEX roles_actor ON roles (actor_id, seen_on);
CREATE INDEX aliases_alias_nocase ON aliases (alias COLLATE NOCASE);

-- Keep the copies in step.
CREATE TRIGGER statements_published_insert AFTER INSERT ON statements WHEN new.published IS NULL BEGIN
    UPDATE statements SET published = (SELECT published FROM articles WHERE id = new.article_id) WHERE id = new.id;
END;
CREATE TRIGGER statement_targets_copy_insert AFTER INSERT ON statement_targets
WHEN new.speaker_id IS NOT (SELECT speaker_id FROM statements WHERE id = new.statement_id)
  OR new.published IS NOT (SELECT published FROM statements WHERE id = new.statement_id) BEGIN
    UPDATE statement_targets SET
        speaker_id = (SELECT speaker_id FROM statements WHERE id = new.statement_id),
        published = (SELECT published FROM statements WHERE id = new.statement_id)
    WHERE statement_id = new.statement_id AND actor_id = new.actor_id;
END;
CREATE TRIGGER statements_speaker_update AFTER UPDATE OF speaker_id ON statements BEGIN
    UPDATE statement_targets SET speaker_id = new.speaker_id WHERE statement_id = new.id;
END;
CREATE TRIGGER articles_published_update AFTER UPDATE OF published ON articles BEGIN
    UPDATE statements SET published = new.published WHERE article_id = new.id;
    UPDATE statement_targets SET published = new.published
     WHERE statement_id IN (SELECT id FROM statements WHERE article_id = new.id);
END;

-- Running counts per actor. first_seen/last_seen widen as articles arrive and are not
-- narrowed when articles are removed.
CREATE TABLE actor_stats (
    actor_id INTEGER PRIMARY KEY REFERENCES actors (id) ON DELETE CASCADE,
    statements INTEGER NOT NULL DEFAULT 0,    -- statements the actor made (as resolved speaker)
    spoken_about INTEGER NOT NULL DEFAULT 0,  -- statements about the actor (as target)
    mentions INTEGER NOT NULL DEFAULT 0,      -- times the actor is mentioned in article text
    first_seen TEXT,                          -- earliest article date the actor appears in
    last_seen TEXT                            -- latest article date the actor appears in
) STRICT;
CREATE INDEX actor_stats_statements ON actor_stats (statements);
CREATE INDEX actor_stats_spoken_about ON actor_stats (spoken_about);
CREATE INDEX actor_stats_mentions ON actor_stats (mentions);

-- How many statements each speaker made about each target: the network's edges.
CREATE TABLE speaker_target_counts (
    speaker_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,
    statements INTEGER NOT NULL,
    PRIMARY KEY (speaker_id, target_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX speaker_target_counts_target ON speaker_target_counts (target_id, statements);
CREATE INDEX speaker_target_counts_statements ON speaker_target_counts (statements);
CREATE INDEX speaker_target_counts_speaker ON speaker_target_counts (speaker_id, statements);

INSERT INTO actor_stats (actor_id) SELECT id FROM actors;
UPDATE actor_stats SET
    statements = (SELECT count(*) FROM statements WHERE speaker_id = actor_stats.actor_id),
    spoken_about = (SELECT count(*) FROM statement_targets WHERE actor_id = actor_stats.actor_id),
    mentions = (SELECT count(*) FROM mentions WHERE actor_id = actor_stats.actor_id),
    first_seen = (SELECT min(ar.published) FROM mentions m JOIN articles ar ON ar.id = m.article_id WHERE m.actor_id = actor_stats.actor_id),
    last_seen = (SELECT max(ar.published) FROM mentions m JOIN articles ar ON ar.id = m.article_id WHERE m.actor_id = actor_stats.actor_id);
INSERT INTO speaker_target_counts (speaker_id, target_id, statements)
SELECT speaker_id, actor_id, count(*) FROM statement_targets WHERE speaker_id IS NOT NULL GROUP BY speaker_id, actor_id;

CREATE TRIGGER actors_stats_insert AFTER INSERT ON actors BEGIN
    INSERT OR IGNORE INTO actor_stats (actor_id) VALUES (new.id);
END;
CREATE TRIGGER statements_stats_insert AFTER INSERT ON statements WHEN new.speaker_id IS NOT NULL BEGIN
    UPDATE actor_stats SET statements = statements + 1 WHERE actor_id = new.speaker_id;
END;
CREATE TRIGGER statements_stats_delete AFTER DELETE ON statements WHEN old.speaker_id IS NOT NULL BEGIN
    UPDATE actor_stats SET statements = statements - 1 WHERE actor_id = old.speaker_id;
END;
CREATE TRIGGER statements_stats_speaker AFTER UPDATE OF speaker_id ON statements
WHEN old.speaker_id IS NOT new.speaker_id BEGIN
    UPDATE actor_stats SET statements = statements - 1 WHERE actor_id = old.speaker_id;
    UPDATE actor_stats SET statements = statements + 1 WHERE actor_id = new.speaker_id;
END;
CREATE TRIGGER mentions_stats_insert AFTER INSERT ON mentions BEGIN
    UPDATE actor_stats SET
        mentions = mentions + 1,
        first_seen = coalesce(min(first_seen, (SELECT published FROM articles WHERE id = new.article_id)), first_seen,
                              (SELECT published FROM articles WHERE id = new.article_id)),
        last_seen = coalesce(max(last_seen, (SELECT published FROM articles WHERE id = new.article_id)), last_seen,
                             (SELECT published FROM articles WHERE id = new.article_id))
    WHERE actor_id = new.actor_id;
END;
CREATE TRIGGER mentions_stats_delete AFTER DELETE ON mentions BEGIN
    UPDATE actor_stats SET mentions = mentions - 1 WHERE actor_id = old.actor_id;
END;
CREATE TRIGGER mentions_stats_actor AFTER UPDATE OF actor_id ON mentions WHEN old.actor_id IS NOT new.actor_id BEGIN
    UPDATE actor_stats SET mentions = mentions - 1 WHERE actor_id = old.actor_id;
    UPDATE actor_stats SET mentions = mentions + 1,
        first_seen = coalesce(min(first_seen, (SELECT published FROM articles WHERE id = new.article_id)), first_seen,
                              (SELECT published FROM articles WHERE id = new.article_id)),
        last_seen = coalesce(max(last_seen, (SELECT published FROM articles WHERE id = new.article_id)), last_seen,
                             (SELECT published FROM articles WHERE id = new.article_id))
    WHERE actor_id = new.actor_id;
END;

-- A target row counts once for its actor and once for its (speaker, target) pair.
CREATE TRIGGER statement_targets_stats_insert AFTER INSERT ON statement_targets BEGIN
    UPDATE actor_stats SET spoken_about = spoken_about + 1 WHERE actor_id = new.actor_id;
    INSERT INTO speaker_target_counts (speaker_id, target_id, statements)
    SELECT speaker_id, new.actor_id, 1 FROM statements WHERE id = new.statement_id AND speaker_id IS NOT NULL
    ON CONFLICT (speaker_id, target_id) DO UPDATE SET statements = statements + 1;
END;
CREATE TRIGGER statement_targets_stats_delete AFTER DELETE ON statement_targets BEGIN
    UPDATE actor_stats SET spoken_about = spoken_about - 1 WHERE actor_id = old.actor_id;
    UPDATE speaker_target_counts SET statements = statements - 1
     WHERE speaker_id = old.speaker_id AND target_id = old.actor_id;
    DELETE FROM speaker_target_counts WHERE speaker_id = old.speaker_id AND target_id = old.actor_id AND statements <= 0;
END;
CREATE TRIGGER statement_targets_stats_update AFTER UPDATE OF speaker_id, actor_id ON statement_targets
WHEN old.speaker_id IS NOT new.speaker_id OR old.actor_id IS NOT new.actor_id BEGIN
    UPDATE actor_stats SET spoken_about = spoken_about - 1 WHERE actor_id = old.actor_id;
    UPDATE actor_stats SET spoken_about = spoken_about + 1 WHERE actor_id = new.actor_id;
    UPDATE speaker_target_counts SET statements = statements - 1
     WHERE speaker_id = old.speaker_id AND target_id = old.actor_id;
    DELETE FROM speaker_target_counts WHERE speaker_id = old.speaker_id AND target_id = old.actor_id AND statements <= 0;
    INSERT INTO speaker_target_counts (speaker_id, target_id, statements)
    SELECT new.speaker_id, new.actor_id, 1 WHERE new.speaker_id IS NOT NULL
    ON CONFLICT (speaker_id, target_id) DO UPDATE SET statements = statements + 1;
END;

-- Views for the sqlite3 shell, rebuilt on the counts above.

-- One row per actor: kind, aliases, how often it speaks, is spoken about and is mentioned,
-- and when it was first and last seen.
--   SELECT * FROM actor_overview ORDER BY statements DESC LIMIT 10;
DROP VIEW actor_overview;
CREATE VIEW actor_overview AS
SELECT
    a.id AS actor_id,
    a.name AS name,
    a.kind AS kind,
    (SELECT group_concat(alias, '; ') FROM aliases WHERE actor_id = a.id) AS aliases,
    st.statements AS statements,
    st.spoken_about AS spoken_about,
    st.mentions AS mentions,
    st.first_seen AS first_seen,
    st.last_seen AS last_seen
FROM actors a
JOIN actor_stats st ON st.actor_id = a.id;

-- Each role an actor was seen with, when first and last, in how many articles.
--   SELECT * FROM actor_roles WHERE actor = 'Mohammad Hanif Atmar';
CREATE VIEW actor_roles AS
SELECT
    a.id AS actor_id,
    a.name AS actor,
    r.title AS title,
    r.affiliation AS affiliation,
    min(r.seen_on) AS first_seen,
    max(r.seen_on) AS last_seen,
    count(DISTINCT r.article_id) AS articles
FROM roles r
JOIN actors a ON a.id = r.actor_id
GROUP BY r.actor_id, r.title, coalesce(r.affiliation, '');

-- Who talks about whom, with how many statements: the edges of the network.
--   SELECT * FROM who_talks_about_whom ORDER BY statements DESC LIMIT 20;
DROP VIEW who_talks_about_whom;
CREATE VIEW who_talks_about_whom AS
SELECT
    sp.name AS speaker,
    tg.name AS target,
    c.statements AS statements,
    c.speaker_id AS speaker_id,
    c.target_id AS target_id
FROM speaker_target_counts c
JOIN actors sp ON sp.id = c.speaker_id
JOIN actors tg ON tg.id = c.target_id;
