import { createHash, randomBytes } from 'node:crypto';

export const roles = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

/** What a role may do: an editor writes, an admin also deletes with cascade and merges; reading may need any token. */
export type Permissions = Readonly<{ read: boolean; write: boolean; cascadeDelete: boolean; merge: boolean }>;

const permissionsOfRole: Record<Role, Permissions> = {
  reader: { read: true, write: false, cascadeDelete: false, merge: false },
  editor: { read: true, write: true, cascadeDelete: false, merge: false },
  admin: { read: true, write: true, cascadeDelete: true, merge: true },
};

export function permissionsOf(role: Role): Permissions {
  return permissionsOfRole[role];
}

/** One configured token: only the SHA-256 of the token itself is ever stored. */
export type TokenGrant = Readonly<{ name: string; role: Role; sha256: string }>;

export type AccessPolicy = Readonly<{
  grants: readonly TokenGrant[];
  /** When false (the default), anyone may read and tokens are needed only to write. */
  requireTokenForReads: boolean;
}>;

/** Who sent a request, by the token it carries. */
export type Viewer = Readonly<{ name: string; role: Role }>;

export type Authentication = Readonly<{ viewer: Viewer | undefined; refusal: string | undefined }>;

const tokenPrefix = 'cg_';
const grantPattern = /^([A-Za-z0-9._@-]{1,100}):(reader|editor|admin):([0-9a-f]{64})$/;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A new random token: 256 bits, URL-safe. */
export function newToken(): string {
  return `${tokenPrefix}${randomBytes(32).toString('base64url')}`;
}

/** The configuration line of a grant: "name:role:sha256". */
export function grantLine(grant: TokenGrant): string {
  return `${grant.name}:${grant.role}:${grant.sha256}`;
}

/** Grants from text holding "name:role:sha256" entries, one per line or separated by commas; "#" starts a comment. */
export function parseGrants(text: string, origin: string): TokenGrant[] {
  const grants: TokenGrant[] = [];
  const entries = text
    .split(/[\n,]/)
    .map((entry) => entry.replace(/#.*$/, '').trim())
    .filter((entry) => entry.length > 0);
  for (const entry of entries) {
    const match = grantPattern.exec(entry);
    if (!match) {
      throw new Error(`${origin}: "${entry.slice(0, 40)}…" is no token grant; each reads "name:role:sha256", role reader, editor or admin`);
    }
    const [, name, role, sha256] = match as unknown as [string, string, Role, string];
    if (grants.some((grant) => grant.name === name)) throw new Error(`${origin}: the name "${name}" is given twice`);
    grants.push({ name, role, sha256 });
  }
  return grants;
}

/** The viewer an Authorization header names, or why it names none. */
export function authenticate(policy: AccessPolicy, authorization: string | null): Authentication {
  if (!authorization) return { viewer: undefined, refusal: undefined };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match) return { viewer: undefined, refusal: 'The Authorization header must read "Bearer <token>".' };
  const sha256 = hashToken(match[1]!);
  const grant = policy.grants.find((candidate) => candidate.sha256 === sha256);
  if (!grant) return { viewer: undefined, refusal: 'The token is not one this server knows.' };
  return { viewer: { name: grant.name, role: grant.role }, refusal: undefined };
}
