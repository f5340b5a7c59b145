-- Spans of split statements only.
--
-- Most statements have one content span and at most one source span, and those are
-- already on the statement row (content_start/content_end, speaker_start/speaker_end).
-- From this version on, statement_spans holds the spans of a role only when there are
-- several: a quote split around its cue ("A," he said, "B."), a source in two pieces.
-- That was two rows of three for most statements, written and indexed for nothing.
-- Rows written by earlier versions for single spans stay, and agree with the columns.
--
-- Every span of every statement, split or not, one row each:
--   SELECT * FROM statement_span_list WHERE statement_id = 42 ORDER BY role, seq;
CREATE VIEW statement_span_list AS
SELECT statement_id, role, seq, start, end FROM statement_spans
UNION ALL
SELECT s.id, 'content', 0, s.content_start, s.content_end
FROM statements s
WHERE NOT EXISTS (SELECT 1 FROM statement_spans p WHERE p.statement_id = s.id AND p.role = 'content')
UNION ALL
SELECT s.id, 'source', 0, s.speaker_start, s.speaker_end
FROM statements s
WHERE s.speaker_start IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM statement_spans p WHERE p.statement_id = s.id AND p.role = 'source');
