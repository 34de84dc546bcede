// Applied at every start; each statement is idempotent (IF NOT EXISTS).
// Every node carries the label Node besides its kind, so any id is one index seek away.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;

// Statement filters and the timeline: date ranges, status and language.
CREATE INDEX statement_date_start IF NOT EXISTS FOR (n:Statement) ON (n.dateStart);
CREATE INDEX statement_date_end IF NOT EXISTS FOR (n:Statement) ON (n.dateEnd);
CREATE INDEX statement_status IF NOT EXISTS FOR (n:Statement) ON (n.verificationStatus);
CREATE INDEX statement_language IF NOT EXISTS FOR (n:Statement) ON (n.language);

// Relationship ids make repeated edges merge instead of doubling.
CREATE INDEX claims_id IF NOT EXISTS FOR ()-[r:CLAIMS]-() ON (r.id);
CREATE INDEX confirms_id IF NOT EXISTS FOR ()-[r:CONFIRMS]-() ON (r.id);
CREATE INDEX disputes_id IF NOT EXISTS FOR ()-[r:DISPUTES]-() ON (r.id);
CREATE INDEX blames_id IF NOT EXISTS FOR ()-[r:BLAMES]-() ON (r.id);
CREATE INDEX blames_statement IF NOT EXISTS FOR ()-[r:BLAMES]-() ON (r.statementId);
CREATE INDEX mentions_id IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.id);
CREATE INDEX reported_in_id IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() ON (r.id);

// Search: name skeletons (transliteration-tolerant) and statement text, both accent-blind.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organisation|Place) ON EACH [n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE FULLTEXT INDEX entity_folded_names IF NOT EXISTS FOR (n:Person|Organisation|Place) ON EACH [n.foldedNames]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text, n.translation, n.summary]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
