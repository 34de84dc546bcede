import type { CreatedElement, Database } from '../db/database.js';
import { neighboursOfStatements } from '../data/statement-neighbours.js';
import { type RelationshipType, statementsBehind } from '../model/kinds.js';
import type { Logger } from '../logger.js';
import type { EventStream } from './event-stream.js';

/** The relationships that join a statement to an actor, an entity or a source, and so may bring it to a filter. */
const statementNeighbourTypes: readonly RelationshipType[] = ['CLAIMS', 'CONFIRMS', 'DISPUTES', 'MENTIONS', 'REPORTED_IN'];

/**
 * Publishes what each committed write created: the relationships as they are, and each statement it created or
 * joined to something, with its neighbours as of that commit (one read, at the commit's bookmarks). A write that rolled back
 * (a failed mutation, a dry run, a failed import) commits nothing and so publishes nothing. Publishing runs after the
 * write has answered, and its failure is logged, never the write's.
 */
export function publishCommits(database: Database, events: EventStream, logger: Logger): void {
  database.onCommit((created, bookmarks) => {
    if (created.length === 0 || !events.heard()) return;
    void publish(database, events, created, bookmarks).catch((error: unknown) =>
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'Events of a write were not published'),
    );
  });
}

async function publish(database: Database, events: EventStream, created: readonly CreatedElement[], bookmarks: readonly string[]): Promise<void> {
  const createdStatements = new Set<string>();
  const joinedStatements = new Set<string>();
  for (const element of created) {
    if ('kind' in element) {
      if (element.kind === 'Statement') createdStatements.add(element.id);
      continue;
    }
    events.publish('relationshipAdded', { id: element.id, type: element.type, from: element.from, to: element.to, bookmarks });
    if (statementNeighbourTypes.includes(element.type)) for (const id of statementsBehind(element.type, element.from, element.to, null)) joinedStatements.add(id);
  }
  const statementIds = [...new Set([...createdStatements, ...joinedStatements])];
  for (const neighbours of await neighboursOfStatements(database.runner(bookmarks), statementIds)) {
    events.publish('statementAdded', { ...neighbours, created: createdStatements.has(neighbours.statementId), bookmarks });
  }
}
