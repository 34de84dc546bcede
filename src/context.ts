import { type AccessPolicy, authenticate, type Permissions, permissionsOf, type Viewer } from './auth/tokens.js';
import type { NodeRecord } from './data/model.js';
import type { RelationshipTree } from './data/relationships.js';
import type { Database, QueryRunner } from './db/database.js';

export type Context = Readonly<{
  /** Counts this request's Cypher round trips. */
  runner: QueryRunner;
  /** Relationship lists fetched ahead of the fields that will ask for them, by node and list (see schema/look-ahead.ts). */
  fetchedAhead: WeakMap<NodeRecord, Map<string, RelationshipTree[]>>;
  /** Who sent the request, when it carries a token the server knows. */
  viewer: Viewer | undefined;
  /** Why a token that was sent names no viewer. */
  authenticationProblem: string | undefined;
  /** What the request may do: the viewer's role's permissions, or reading alone while reads are open. */
  permissions: Permissions;
}>;

const openReads: AccessPolicy = { grants: [], requireTokenForReads: false };

export function createContext(database: Database, access: AccessPolicy = openReads, authorization: string | null = null): Context {
  const { viewer, problem } = authenticate(access, authorization);
  return {
    runner: database.runner(),
    fetchedAhead: new WeakMap(),
    viewer,
    authenticationProblem: problem,
    permissions: viewer
      ? permissionsOf(viewer.role)
      : { read: !access.requireTokenForReads, write: false, cascadeDelete: false },
  };
}
