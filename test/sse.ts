/** A GraphQL subscription over Server-Sent Events, as a browser's or a newsroom tool's client would hold it. */
export type Subscription = Readonly<{
  /** Every payload so far (each `event: next`). */
  received: any[];
  /** Resolves with the payloads once there are `count`, or rejects after `timeoutMs`. */
  next: (count: number, timeoutMs?: number) => Promise<any[]>;
  /** Whether the server ended the stream. */
  ended: () => boolean;
  close: () => void;
}>;

type Fetch = (url: string, init: RequestInit) => Promise<Response>;

export async function subscribe(
  fetch: Fetch,
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<Subscription> {
  const abort = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  if (!response.body) throw new Error(`No stream: ${response.status}`);
  const received: any[] = [];
  const waiters = new Set<() => void>();
  let done = false;
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = message
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n');
          if (data) received.push(JSON.parse(data));
          for (const wake of waiters) wake();
        }
      }
    } catch {
      // Closed by us.
    } finally {
      done = true;
      for (const wake of waiters) wake();
    }
  })();
  return {
    received,
    ended: () => done,
    close: () => abort.abort(),
    next: (count, timeoutMs = 60_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          if (received.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(received.slice(0, count));
          } else if (done) {
            waiters.delete(check);
            clearTimeout(timer);
            reject(new Error(`The stream ended after ${received.length} of ${count} events: ${JSON.stringify(received)}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`Only ${received.length} of ${count} events within ${timeoutMs} ms: ${JSON.stringify(received)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
  };
}
