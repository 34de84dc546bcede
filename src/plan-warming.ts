import { readdir, readFile } from 'node:fs/promises';
import { graphql } from 'graphql';
import { createContext } from './context.js';
import type { Database } from './db/database.js';
import { suggestionPool } from './drafts/suggestion-pool.js';
import { inProcessEvents } from './events/event-stream.js';
import { schema } from './schema/index.js';

/*
 * Neo4j plans a query the first time it sees its text, for seconds on a busy machine, and keeps the plan for that
 * text. So the server asks, once while it starts, what its first users ask: each question GraphiQL opens with and the
 * explorer's reads, through the schema and the data layer as a request would, so that Neo4j plans the very texts the
 * requests send. A question about an id the database lacks still makes Neo4j plan its query.
 */

const examplesFolder = new URL('../seed/examples/', import.meta.url);
const explorerFolder = new URL('../web/src/', import.meta.url);

/**
 * The explorer's reads, with what it asks first: a person's neighbourhood, a search, a path, a timeline, the evidence;
 * each sent with the shared fragments it spreads, as the explorer sends it.
 */
const explorerReads: readonly Readonly<{ files: readonly string[]; variables: Record<string, unknown> }>[] = [
  { files: ['graph.graphql', 'drawn-edge.graphql'], variables: { center: 'person:yevgeny-prigozhin', depth: 1, limit: 200 } },
  { files: ['search.graphql'], variables: { query: 'Prigoz', first: 8 } },
  { files: ['paths.graphql', 'drawn-edge.graphql'], variables: { from: 'person:yevgeny-prigozhin', to: 'place:bakhmut' } },
  { files: ['timeline.graphql'], variables: { entity: 'person:yevgeny-prigozhin' } },
  { files: ['selection.graphql'], variables: { id: 'person:yevgeny-prigozhin' } },
  { files: ['evidence.graphql'], variables: { id: 'statement:azov-advance-2-6-km' } },
];

type Question = Readonly<{ name: string; source: string; variables: Record<string, unknown> }>;

async function questions(): Promise<Question[]> {
  const examples = (await readdir(examplesFolder)).filter((file) => file.endsWith('.graphql')).sort();
  const explorerSource = async (files: readonly string[]) => (await Promise.all(files.map((file) => readFile(new URL(file, explorerFolder), 'utf8')))).join('\n');
  return [
    ...(await Promise.all(examples.map(async (file) => ({ name: file, source: await readFile(new URL(file, examplesFolder), 'utf8'), variables: {} })))),
    ...(await Promise.all(explorerReads.map(async ({ files, variables }) => ({ name: `web/src/${files[0]}`, source: await explorerSource(files), variables })))),
  ];
}

/** Asks each question once, one after another; returns the names of those that failed (the server still starts). */
export async function warmPlans(database: Database): Promise<string[]> {
  // Reads publish no event and read no article: these start nothing.
  const events = inProcessEvents();
  const suggestions = suggestionPool();
  const failed: string[] = [];
  for (const { name, source, variables } of await questions()) {
    const contextValue = createContext(database, events, suggestions);
    const { errors } = await graphql({ schema, source, variableValues: variables, contextValue });
    if (errors?.length) failed.push(`${name}: ${errors[0]!.message}`);
  }
  await Promise.all([events.close(), suggestions.close()]);
  return failed;
}
