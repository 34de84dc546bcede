import { z } from 'zod';

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  NEO4J_URI: z.string().min(1).optional(),
  NEO4J_USERNAME: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).optional(),
  /** Bolt port of the embedded Neo4j that `npm start` manages when NEO4J_URI is unset. */
  LOCAL_NEO4J_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  /** Any query running longer than this is stopped by Neo4j. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
});

export type Config = Readonly<{
  port: number;
  /** Absent: the project starts its own embedded Neo4j. */
  neo4j: Readonly<{ uri: string; username: string; password: string; database: string | undefined }> | undefined;
  localNeo4jPort: number;
  queryTimeoutMs: number;
}>;

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${problems.join('; ')}`);
  }
  const values = parsed.data;
  return {
    port: values.PORT,
    neo4j: values.NEO4J_URI
      ? {
          uri: values.NEO4J_URI,
          username: values.NEO4J_USERNAME,
          password: values.NEO4J_PASSWORD,
          database: values.NEO4J_DATABASE,
        }
      : undefined,
    localNeo4jPort: values.LOCAL_NEO4J_PORT,
    queryTimeoutMs: values.QUERY_TIMEOUT_MS,
  };
}
