-- event_reports: every telling of every event with its article, for analysts
CREATE VIEW event_reports AS
SELECT m.event_id, m.id AS mention_id, m.article_id, a.url, COALESCE(a.outlet, m.outlet) AS outlet,
       a.published_date, a.published_time, m.sentence, m.ev_start, m.ev_end, m.evidence, m.speaker,
       m.modality, m.cameo, m.source_id, m.target_id, m.confidence
FROM mentions m JOIN articles a ON a.id = m.article_id;
