// Applied at every start; each statement is idempotent (IF NOT EXISTS, IF EXISTS).
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

// Statement lists ordered by a count or the date seek on (key, id), so a deep page reads a page's worth of rows.
CREATE INDEX statement_order_confirmations IF NOT EXISTS FOR (n:Statement) ON (n.confirmationCount, n.id);
CREATE INDEX statement_order_disputes IF NOT EXISTS FOR (n:Statement) ON (n.disputeCount, n.id);
CREATE INDEX statement_order_claimants IF NOT EXISTS FOR (n:Statement) ON (n.claimantCount, n.id);
CREATE INDEX statement_order_sources IF NOT EXISTS FOR (n:Statement) ON (n.sourceCount, n.id);
CREATE INDEX statement_order_date IF NOT EXISTS FOR (n:Statement) ON (n.dateStart, n.id);

// Relationship ids make repeated edges merge instead of doubling; the constraints hold that even for
// concurrent writers. They replace the plain indexes (claims_id …) that earlier versions created.
DROP INDEX claims_id IF EXISTS;
DROP INDEX confirms_id IF EXISTS;
DROP INDEX disputes_id IF EXISTS;
DROP INDEX blames_id IF EXISTS;
DROP INDEX mentions_id IF EXISTS;
DROP INDEX reported_in_id IF EXISTS;
CREATE CONSTRAINT claims_id_unique IF NOT EXISTS FOR ()-[r:CLAIMS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT confirms_id_unique IF NOT EXISTS FOR ()-[r:CONFIRMS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT disputes_id_unique IF NOT EXISTS FOR ()-[r:DISPUTES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT blames_id_unique IF NOT EXISTS FOR ()-[r:BLAMES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT mentions_id_unique IF NOT EXISTS FOR ()-[r:MENTIONS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT reported_in_id_unique IF NOT EXISTS FOR ()-[r:REPORTED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT leads_id_unique IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT member_of_id_unique IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id_unique IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT located_in_id_unique IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE INDEX blames_statement IF NOT EXISTS FOR ()-[r:BLAMES]-() ON (r.statementId);

// Entity resolution: one key per kind and spelling, linked to the entities it names (src/data/name-keys.ts).
CREATE CONSTRAINT name_key IF NOT EXISTS FOR (k:NameKey) REQUIRE k.key IS UNIQUE;

// Search: name skeletons (transliteration-tolerant) and statement text, both accent-blind.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organisation|Place) ON EACH [n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};
CREATE FULLTEXT INDEX entity_folded_names IF NOT EXISTS FOR (n:Person|Organisation|Place) ON EACH [n.foldedNames]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX statement_text IF NOT EXISTS FOR (n:Statement) ON EACH [n.text, n.translation, n.summary]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// Idempotency keys of mutations (src/data/receipts.ts): one receipt per key, cleared a day later.
CREATE CONSTRAINT mutation_receipt_key IF NOT EXISTS FOR (r:MutationReceipt) REQUIRE r.key IS UNIQUE;
CREATE INDEX mutation_receipt_created IF NOT EXISTS FOR (r:MutationReceipt) ON (r.createdAt);

// Edit history (src/data/revisions.ts): a node or relationship's revisions, found by its id, deleted or not.
CREATE INDEX revision_target IF NOT EXISTS FOR (r:Revision) ON (r.targetId);

// External ids (src/data/external-ids.ts): one node per registry and id, linked to the one entity it identifies.
CREATE CONSTRAINT external_id IF NOT EXISTS FOR (x:ExternalId) REQUIRE (x.scheme, x.value) IS UNIQUE;

// The id of a statement, person or organisation merged into another, which keeps answering for it.
CREATE CONSTRAINT retired_id IF NOT EXISTS FOR (r:RetiredId) REQUIRE r.id IS UNIQUE;

// Verification assessments (src/data/assessments.ts): a statement's, found by its id, oldest first.
CREATE INDEX assessment_statement IF NOT EXISTS FOR (a:Assessment) ON (a.statementId);

// Source search (src/data/source-search.ts): the full text of every source, accent-blind.
CREATE FULLTEXT INDEX source_text IF NOT EXISTS FOR (n:Source) ON EACH [n.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

// Reviewers' decisions on suggested attributions (src/data/attribution-decisions.ts): one per source, reviewer and
// suggestion, counted per language since a moment by attributionQuality.
CREATE CONSTRAINT attribution_decision_id IF NOT EXISTS FOR (d:AttributionDecision) REQUIRE d.id IS UNIQUE;
CREATE INDEX attribution_decision_language IF NOT EXISTS FOR (d:AttributionDecision) ON (d.language, d.decidedAt);
