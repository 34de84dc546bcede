// The peer for `npm run bench`: @neo4j/graphql 7.x over the same Neo4j and data, served by graphql-yoga
// as our server is. NEO4J_URI and PORT from the environment.
const { readFileSync } = require('node:fs');
const { createServer } = require('node:http');
const path = require('node:path');
const { Neo4jGraphQL } = require('@neo4j/graphql');
const { createYoga } = require('graphql-yoga');
const neo4j = require('neo4j-driver');

async function main() {
  const driver = neo4j.driver(process.env.NEO4J_URI || 'bolt://127.0.0.1:7700');
  const typeDefs = readFileSync(path.join(__dirname, 'type-defs.graphql'), 'utf8');
  // Dates are stored as ISO strings, so a date range needs the string comparisons, which are off by default.
  const features = { filters: { String: { LT: true, LTE: true, GT: true, GTE: true } } };
  const schema = await new Neo4jGraphQL({ typeDefs, driver, features }).getSchema();
  const yoga = createYoga({ schema, landingPage: false, graphiql: false });
  const server = createServer(yoga);
  server.listen(Number(process.env.PORT || 4102), '127.0.0.1', () => console.log('READY'));
  process.once('SIGTERM', () => {
    server.close();
    driver.close().finally(() => process.exit(0));
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
