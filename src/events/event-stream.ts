import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub, Repeater } from 'graphql-yoga';
import { Redis } from 'ioredis';
import type { RelationshipType } from '../model/kinds.js';
import type { Logger } from '../logger.js';
import { EventsUnavailable, TooManySubscriptions } from '../model/failures.js';

/** A statement newly written, or newly joined to an actor, entity or source; and what it is joined to at that commit. */
export type StatementEvent = Readonly<{
  statementId: string;
  /** True when the commit created the statement; false when it only joined it to something more. */
  created: boolean;
  actorIds: readonly string[];
  mentionedIds: readonly string[];
  placeIds: readonly string[];
  sourceIds: readonly string[];
  /** Read at least this fresh to see it, on whichever replica. */
  bookmarks: readonly string[];
}>;

/** A relationship newly written. */
export type RelationshipEvent = Readonly<{
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  bookmarks: readonly string[];
}>;

type Topics = { statementAdded: [StatementEvent]; relationshipAdded: [RelationshipEvent] };
export type Topic = keyof Topics;
export type EventOf<Name extends Topic> = Topics[Name][0];

/**
 * Where committed writes are published and subscriptions listen: in this process, or through Redis
 * (graphql-yoga's redis event target, on ioredis), so that a subscriber on any replica hears a write made on any other.
 */
export type EventStream = Readonly<{
  publish: <Name extends Topic>(topic: Name, event: EventOf<Name>) => void;
  /**
   * The events from now on, for one holder (a client: its token's name or address); it ends with `lost` when Redis goes
   * away, and throws EventsUnavailable when Redis is away, or TooManySubscriptions past the holder's limit.
   */
  subscribe: <Name extends Topic>(topic: Name, holder: string) => AsyncIterable<EventOf<Name> | typeof lost>;
  /** False when no subscriber anywhere can hear an event: in this process with none subscribed. */
  heard: () => boolean;
  /** Ends every subscription now: they never end by themselves. */
  endSubscriptions: () => void;
  /** Ends every subscription and lets go of Redis. */
  close: () => Promise<void>;
}>;

/** The last item of a subscription that Redis cut off. */
export const lost = Symbol('events lost');

/** How many subscriptions one client may hold at once, unless told otherwise. */
const defaultSubscriptionsPerClient = 20;

export function inProcessEvents(subscriptionsPerClient = defaultSubscriptionsPerClient): EventStream {
  return eventStream(createPubSub<Topics>(), subscriptionsPerClient, {
    available: () => true,
    elsewhere: false,
    onLost: () => () => undefined,
    close: async () => undefined,
  });
}

export function redisEvents(url: string, logger: Logger, subscriptionsPerClient = defaultSubscriptionsPerClient): EventStream {
  const retryStrategy = (times: number) => Math.min(times * 200, 2_000);
  // A publish fails at once while Redis is away instead of queueing: a write never waits on its event.
  const publisher = new Redis(url, { retryStrategy, enableOfflineQueue: false, maxRetriesPerRequest: 0 });
  // The event target drops the promises of its SUBSCRIBE and UNSUBSCRIBE: those wait for Redis instead of failing unheard.
  const listener = new Redis(url, { retryStrategy, maxRetriesPerRequest: null });
  for (const client of [publisher, listener]) client.on('error', (error: Error) => logger.warn({ err: error.message }, 'Redis for events'));
  let closing = false;
  // Logs a failed command; once the clients close, a command still waiting for Redis fails with "Connection is closed.", as expected.
  const reported = (what: string) => (error: Error) => {
    if (!closing) logger.warn({ err: error.message }, what);
  };
  // The redis event target drops the promise of each publish; this one reports a failed publish instead of leaving it unhandled.
  const publishClient = {
    publish: (channel: string, message: string) =>
      publisher.publish(channel, message).catch((error: Error) => {
        reported(`An event on ${channel} was not published: Redis is not answering`)(error);
        return 0;
      }),
  } as unknown as Redis;
  // Those dropped promises fail when the clients close: these report it instead of leaving it unhandled, which ends the process.
  const subscribeClient = {
    on: listener.on.bind(listener),
    subscribe: (channel: string) => listener.subscribe(channel).catch(reported(`Could not subscribe to ${channel} in Redis`)),
    unsubscribe: (channel: string) => listener.unsubscribe(channel).catch(reported(`Could not unsubscribe from ${channel} in Redis`)),
  } as unknown as Redis;
  const pubSub = createPubSub<Topics>({ eventTarget: createRedisEventTarget({ publishClient, subscribeClient }) });
  return eventStream(pubSub, subscriptionsPerClient, {
    available: () => listener.status === 'ready',
    elsewhere: true,
    onLost: (cut) => {
      listener.on('close', cut);
      return () => listener.off('close', cut);
    },
    close: async () => {
      closing = true;
      publisher.disconnect();
      listener.disconnect();
    },
  });
}

type Transport = Readonly<{
  available: () => boolean;
  /** Whether subscribers in other processes may hear what this one publishes. */
  elsewhere: boolean;
  /** Calls `cut` when the connection to the events is lost; returns how to stop listening. */
  onLost: (cut: () => void) => () => void;
  close: () => Promise<void>;
}>;

function eventStream(pubSub: ReturnType<typeof createPubSub<Topics>>, subscriptionsPerClient: number, transport: Transport): EventStream {
  const stops = new Set<() => void>();
  const held = new Map<string, number>();
  return {
    publish: (topic, event) => (pubSub.publish as (name: Topic, payload: unknown) => void)(topic, event),
    subscribe: <Name extends Topic>(topic: Name, holder: string) => {
      if (!transport.available()) throw new EventsUnavailable();
      const holding = held.get(holder) ?? 0;
      if (holding >= subscriptionsPerClient) throw new TooManySubscriptions(subscriptionsPerClient);
      held.set(holder, holding + 1);
      return new Repeater<EventOf<Name> | typeof lost>(async (push, stop) => {
        const events = (pubSub.subscribe as (name: Topic) => AsyncIterableIterator<EventOf<Name>>)(topic);
        const end = () => void stop();
        const cut = () => void push(lost).then(end);
        const stopListening = transport.onLost(cut);
        stops.add(end);
        void stop.then(() => {
          stopListening();
          stops.delete(end);
          const left = (held.get(holder) ?? 1) - 1;
          if (left > 0) held.set(holder, left);
          else held.delete(holder);
          void events.return?.();
        });
        for await (const event of events) await push(event);
      });
    },
    heard: () => transport.elsewhere || stops.size > 0,
    endSubscriptions: () => {
      for (const stop of stops) stop();
    },
    close: async () => {
      for (const stop of stops) stop();
      await transport.close();
    },
  };
}
