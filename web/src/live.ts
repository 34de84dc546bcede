import { ApiError, errorText } from './api.js';
import { actionButton, element } from './dom.js';
import liveDocument from './live.graphql';

type LiveStatement = Readonly<{ id: string; date: string | null; summary: string | null; text: string }>;
type StreamResult = Readonly<{
  data?: { statementAdded: LiveStatement } | null;
  errors?: readonly { message: string; extensions?: { code?: string } }[];
}>;
type StreamMessage = Readonly<{ event: string; data: string }>;

export type LiveEntity = Readonly<{ id: string; label: string }>;

const firstRetryMs = 2_000;
const lastRetryMs = 30_000;
const shownAtMost = 20;

/** The messages of a Server-Sent Events stream as they arrive, without the comments the server pings with. */
async function* serverSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<StreamMessage> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const lines = buffer.slice(0, end).split('\n');
      buffer = buffer.slice(end + 2);
      const event = lines.find((line) => line.startsWith('event:'))?.slice('event:'.length).trim();
      const data = lines.filter((line) => line.startsWith('data:')).map((line) => line.slice('data:'.length).replace(/^ /, ''));
      if (event || data.length > 0) yield { event: event ?? 'message', data: data.join('\n') };
    }
  }
}

/**
 * Holds one statementAdded subscription (GraphQL over SSE) until the server ends it or the stream drops. Not sent
 * through request(): it stays open, and the page would never stop being busy. Throws an ApiError for an error that
 * asking again will not mend; EVENTS_UNAVAILABLE ends it like a drop.
 */
async function listen(entityId: string, signal: AbortSignal, opened: () => void, heard: (statement: LiveStatement) => void): Promise<void> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ query: liveDocument, variables: { entity: entityId } }),
    signal,
  });
  if (!response.ok || !response.body) return;
  opened();
  for await (const { event, data } of serverSentEvents(response.body)) {
    if (event === 'complete') return;
    if (event !== 'next') continue;
    const result = JSON.parse(data) as StreamResult;
    const [error] = result.errors ?? [];
    const code = error?.extensions?.code ?? 'UNKNOWN_ERROR';
    if (error && code === 'EVENTS_UNAVAILABLE') return;
    if (error) throw new ApiError(error.message, code);
    if (result.data) heard(result.data.statementAdded);
  }
}

const pause = (milliseconds: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const timer = setTimeout(resolve, milliseconds);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * The Live list: new statements about the entity in view as they are written, newest first; a click on one selects it.
 * Returns how to follow another entity, or none; following one stops following the last.
 */
export function mountLive(panel: HTMLElement, selectStatement: (statementId: string) => void): (entity: LiveEntity | undefined) => void {
  const status = element('p', { class: 'muted', role: 'status', 'data-testid': 'live-status' });
  const list = element('ul', { class: 'live', 'data-testid': 'live-list' });
  panel.replaceChildren(element('h3', {}, 'Live'), status, list);

  const showStatus = (text: string, kind: 'muted' | 'error'): void => {
    status.className = kind;
    status.textContent = text;
  };
  const show = (statement: LiveStatement): void => {
    const item = element(
      'li',
      { 'data-testid': 'live-item' },
      actionButton(statement.summary ?? statement.text, () => selectStatement(statement.id), { class: 'link', 'data-statement-id': statement.id }),
      ...(statement.date ? [' ', element('time', {}, statement.date)] : []),
    );
    list.prepend(item);
    while (list.children.length > shownAtMost) list.lastElementChild?.remove();
  };

  /** Listens again after each drop, waiting twice as long each time, unless the stream had lasted longer than the longest wait. */
  const follow = async (entity: LiveEntity, signal: AbortSignal): Promise<void> => {
    let retryMs = firstRetryMs;
    while (!signal.aborted) {
      const openedAt = Date.now();
      try {
        await listen(entity.id, signal, () => showStatus(`Listening for new statements about ${entity.label}`, 'muted'), show);
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof ApiError) return showStatus(`Live statements stopped: ${errorText(error)}`, 'error');
      }
      if (signal.aborted) return;
      if (Date.now() - openedAt > lastRetryMs) retryMs = firstRetryMs;
      showStatus('Events unavailable, reconnecting…', 'muted');
      await pause(retryMs, signal);
      retryMs = Math.min(retryMs * 2, lastRetryMs);
    }
  };

  let followed: { entity: LiveEntity; stop: AbortController } | undefined;
  return (entity) => {
    if (entity?.id === followed?.entity.id) return;
    followed?.stop.abort();
    followed = entity && { entity, stop: new AbortController() };
    list.replaceChildren();
    panel.hidden = !followed;
    if (!followed) return;
    showStatus(`Connecting to new statements about ${followed.entity.label}…`, 'muted');
    void follow(followed.entity, followed.stop.signal);
  };
}
