import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { queryTooComplex } from '../errors.js';

/**
 * What a document may hold, checked while it is parsed and validated, before anything runs. The cost of
 * what it asks for is the complexity plugin's (schema/builder.ts), which knows each field's price.
 */
const documentLimits = { tokens: 2_000, depth: 15, aliases: 30, directives: 20, nesting: 64 } as const;

/** What each limit counts, as the refusal names it. */
const measured: Record<keyof typeof documentLimits, string> = {
  tokens: 'tokens',
  depth: 'levels of fields',
  aliases: 'aliases',
  directives: 'directives',
  nesting: 'levels of brackets, braces and parentheses inside each other',
};

/** An oversized document is QUERY_TOO_COMPLEX like a costly one. */
function tooMuch(measure: keyof typeof documentLimits): GraphQLError {
  return queryTooComplex(
    `The query holds too many ${measured[measure]}: the limit is ${documentLimits[measure]}. Send a smaller query, with values in variables.`,
    { measure, limit: documentLimits[measure] },
  );
}

/**
 * A token limit trips inside the parser, where there is no validation context to report to: throwing stops
 * the parse there.
 */
const refuse =
  (measure: keyof typeof documentLimits): GraphQLArmorRejectCallback =>
  (validation) => {
    if (!validation) throw tooMuch(measure);
    validation.reportError(tooMuch(measure));
  };

const opening = new Set<TokenKind>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const closing = new Set<TokenKind>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);

/**
 * The parser recurses once per level of a list, object or selection, and within the token limit a list can
 * nest 2,000 deep: deeper than the stack of a request has room for. Reading the tokens in a loop finds such
 * nesting first, without recursing.
 */
function nestsTooDeep(source: string | Source): boolean {
  const lexer = new Lexer(typeof source === 'string' ? new Source(source) : source);
  let depth = 0;
  try {
    for (let token = lexer.advance(), read = 1; token.kind !== TokenKind.EOF && read <= documentLimits.tokens; token = lexer.advance(), read += 1) {
      if (closing.has(token.kind)) depth -= 1;
      else if (opening.has(token.kind) && ++depth > documentLimits.nesting) return true;
    }
  } catch {
    // What does not lex, the parser reports.
  }
  return false;
}

export function documentLimitsPlugin(): Plugin {
  const armor = EnvelopArmorPlugin({
    maxTokens: { n: documentLimits.tokens, propagateOnRejection: false, onReject: [refuse('tokens')] },
    // Introspection's own fan-out is bounded by graphql-js's MaxIntrospectionDepthRule; GraphiQL's query is deeper than 15.
    maxDepth: { n: documentLimits.depth, ignoreIntrospection: true, propagateOnRejection: false, onReject: [refuse('depth')] },
    maxAliases: { n: documentLimits.aliases, propagateOnRejection: false, onReject: [refuse('aliases')] },
    maxDirectives: { n: documentLimits.directives, propagateOnRejection: false, onReject: [refuse('directives')] },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }) as Plugin;
  // The nesting is checked as the document is parsed, which yoga does once per query text it caches: added after the
  // armor, whose parser it wraps.
  const nesting: Plugin = {
    onParse: ({ parseFn, setParseFn }) => {
      setParseFn((source, options) => {
        if (nestsTooDeep(source)) throw tooMuch('nesting');
        return parseFn(source, options);
      });
    },
  };
  return {
    onPluginInit: ({ addPlugin }) => {
      addPlugin(armor);
      addPlugin(nesting);
    },
  };
}
