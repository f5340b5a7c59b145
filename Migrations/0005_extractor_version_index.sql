-- Which articles an older extractor produced, without reading the articles.
--
-- Every command that reads the knowledge base says when some of its articles were
-- extracted by another version than the running binary's (`whosaid reextract` brings
-- them up to date). extractor_version comes after body in each row, so counting by it
-- without an index reads every article's text: 1.5 GB and seconds from a cold cache at
-- 100,000 articles. With this index, counting the articles of other versions is two
-- range reads (version < ?, version > ?) that find nothing when all are current.
CREATE INDEX articles_extractor_version ON articles (extractor_version);
