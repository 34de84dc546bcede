/**
 * `npm run bench:profile [-- --scale 100k]`: Neo4j PROFILE of the Cypher our data layer sends for each query of
 * the mix, with the bench parameters: db hits, rows and time per operator, to see what limits a query.
 */
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import type { QueryRunner } from '../src/db/database.js';
import { neighbourhood, shortestPaths } from '../src/data/graph.js';
import { nodeKinds, relationshipTypes } from '../src/model/kinds.js';
import { orderedPageOfNodes, pageOfNodes } from '../src/data/pages.js';
import { statementOrderKeys } from '../src/data/statement-counts.js';
import { nodesByIds } from '../src/data/nodes.js';
import { searchNodes } from '../src/data/search.js';
import { statementSelection } from '../src/data/statements.js';
import { parseScale, prepareBenchDatabase } from './database.js';
import { pickParameters } from './queries.js';

type Plan = { operatorType: string; dbHits: number; rows: number; arguments: Record<string, unknown>; children: Plan[] };

/** A stand-in for QueryRunner that profiles every read and prints its plan. */
function profilingRunner(driver: Driver, label: string): QueryRunner {
  return {
    roundTrips: 0,
    async read(cypher: string, parameters: Record<string, unknown> = {}) {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        await session.run(cypher, parameters); // warm the plan cache
        const started = performance.now();
        const result = await session.run(`PROFILE ${cypher}`, parameters);
        const milliseconds = performance.now() - started;
        const plan = result.summary.profile as unknown as Plan;
        const total = (node: Plan): number => node.dbHits + node.children.reduce((sum, child) => sum + total(child), 0);
        console.log(`\n### ${label}: ${milliseconds.toFixed(1)} ms (profiled), ${total(plan)} db hits, ${result.records.length} rows`);
        const print = (node: Plan, depth: number) => {
          const details = String(node.arguments['Details'] ?? '').replace(/\s+/g, ' ').slice(0, 110);
          console.log(`${'  '.repeat(depth)}${node.operatorType.replace(/@.*/, '')} rows=${node.rows} hits=${node.dbHits} ${details}`);
          for (const child of node.children) print(child, depth + 1);
        };
        print(plan, 0);
        return result.records.map((record) => record.toObject());
      } finally {
        await session.close();
      }
    },
  } as unknown as QueryRunner;
}

const { values } = parseArgs({ options: { scale: { type: 'string', default: '100k' }, seed: { type: 'string', default: '20230517' } } });
const bench = await prepareBenchDatabase({ scale: parseScale(values.scale), seed: Number(values.seed), port: 7700, load: 'hand-written', log: console.log });
const driver = neo4j.driver(bench.neo4j.uri, undefined, { disableLosslessIntegers: true });
try {
  const parameters = await pickParameters(bench.database.runner());
  // What our server sends for q1 and q2: the root nodes with the lists the query asks for below them.
  const whole = { at: null, page: null } as const;
  const confirmations = { ...whole, types: ['CONFIRMS'], direction: 'INCOMING', relationshipKeys: ['strength'], farKeys: ['name'], alongside: [] } as const;
  await nodesByIds(
    profilingRunner(driver, 'q1 the person, with claims and their confirmations alongside'),
    [parameters.person],
    {
      keys: ['name'],
      alongside: [{ types: ['CLAIMS'], direction: 'OUTGOING', at: null, page: { first: 100, after: null, counted: false }, relationshipKeys: [], farKeys: ['summary'], alongside: [confirmations] }],
    },
  );
  const page = { after: null, before: null, limit: 51, inverted: false };
  await pageOfNodes(profilingRunner(driver, 'q2 statements in range, with claims and mentions alongside'), statementSelection({ from: '2023-03', to: '2023-04' }), page, {
    keys: ['date', 'summary'],
    alongside: [
      { ...whole, types: ['CLAIMS'], direction: 'INCOMING', relationshipKeys: [], farKeys: ['name'], alongside: [] },
      { ...whole, types: ['MENTIONS'], direction: 'OUTGOING', relationshipKeys: [], farKeys: ['name'], alongside: [] },
    ],
  });
  await pageOfNodes(profilingRunner(driver, 'q3 deep page'), statementSelection({}), { ...page, after: parameters.deepAfterId }, {
    keys: ['date', 'summary', 'verificationStatus'],
    alongside: [],
  });
  await neighbourhood(profilingRunner(driver, 'q4 neighbourhood'), {
    center: parameters.hub, depth: 2, edgeTypes: relationshipTypes, nodeKinds, limit: 200, withEdgeProperties: false,
  });
  await searchNodes(profilingRunner(driver, 'q5 search'), { text: parameters.searchText, kinds: ['Person'], first: 20, transliterate: true });
  await shortestPaths(profilingRunner(driver, 'q6 shortest path'), {
    from: parameters.person, to: parameters.pathTo, maxLength: 4, edgeTypes: relationshipTypes, first: 1,
  });
  // Statements by most confirmations: the first page, and a page from a cursor in the middle of the corpus's largest
  // group of equal counts; both should read about a page of rows through the (confirmationCount, id) index.
  const mostConfirmed = { ...statementOrderKeys.CONFIRMATIONS, descending: true };
  const [middle] = await bench.database.runner().read<{ count: number; id: string }>(
    `MATCH (n:Statement) WITH n.confirmationCount AS count, collect(n.id) AS ids ORDER BY size(ids) DESC LIMIT 1
     RETURN count, ids[size(ids) / 2] AS id`,
  );
  for (const [label, after] of [['first page', null], ['a page from the middle of the largest group of equal counts', `${middle!.count}|${middle!.id}`]] as const) {
    await orderedPageOfNodes(profilingRunner(driver, `statements by confirmations, ${label}`), statementSelection({}), mostConfirmed, { ...page, after }, {
      keys: ['summary'],
      alongside: [],
    });
  }
} finally {
  await driver.close();
  await bench.close();
}
