/** A GraphQL error as the server sends it: the message and, for every coded error, its code. */
type ResponseError = Readonly<{ message: string; extensions?: { code?: string } }>;

/** A failed request, worded for a person: the server's message followed by its code, e.g. "No node … (NOT_FOUND)". */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(`${message} (${code})`);
  }
}

let pendingRequests = 0;

/** How many requests are under way; the page shows it, and the tests wait for it to reach zero. */
export const pendingRequestCount = (): number => pendingRequests;

const listeners = new Set<() => void>();
export const onPendingChange = (listener: () => void): void => void listeners.add(listener);

function changePending(step: number): void {
  pendingRequests += step;
  for (const listener of listeners) listener();
}

/**
 * Sends one operation to this server's /graphql and returns its data, or throws an ApiError. Writes need an editor's
 * token; the page holds it only while it is typed in, and sends it only here.
 */
export async function request<Data>(document: string, variables: Record<string, unknown> = {}, token?: string): Promise<Data> {
  changePending(1);
  try {
    const authorization: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...authorization },
      body: JSON.stringify({ query: document, variables }),
    }).catch(() => {
      throw new ApiError('The server could not be reached', 'NETWORK_ERROR');
    });
    const body = (await response.json().catch(() => undefined)) as { data?: Data | null; errors?: ResponseError[] } | undefined;
    if (!body) throw new ApiError(`The server answered ${response.status} without a GraphQL result`, `HTTP_${response.status}`);
    const [error] = body.errors ?? [];
    if (error) throw new ApiError(error.message, error.extensions?.code ?? 'UNKNOWN_ERROR');
    if (!body.data) throw new ApiError('The server answered without data', 'NO_DATA');
    return body.data;
  } finally {
    changePending(-1);
  }
}

/** An error as one line of text: an ApiError's message carries its code already. */
export const errorText = (error: unknown): string =>
  error instanceof ApiError ? error.message : `${error instanceof Error ? error.message : String(error)} (CLIENT_ERROR)`;
