import type { Plugin } from 'graphql-yoga';
import { badRequest, requestBodyTooLarge } from '../errors.js';

/** The most bytes a request's body may hold: yoga's own default. */
export const maxRequestBodyBytes = 25_000_000;

/** Only a single non-negative integer is a Content-Length; several joined by commas is how requests are smuggled. */
const contentLengthPattern = /^\d+$/;

type StreamsOf = { Request: typeof Request; TransformStream: typeof TransformStream };

/** The request with a body whose bytes are counted as they are read, which fails once there are more than the limit. */
function counted(request: Request, fetchAPI: StreamsOf): Request {
  // A native body (yoga.fetch called with Node's own Request) pipes only through Node's own TransformStream.
  const Transform = request.body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let read = 0;
  const body = request.body!.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > maxRequestBodyBytes) controller.error(requestBodyTooLarge(maxRequestBodyBytes));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body, duplex: 'half' } as RequestInit);
}

/**
 * At most `maxRequestBodyBytes` in a request's body. Yoga's own limit pipes every body through a counting stream,
 * about a tenth of the CPU of a small query; a body with a Content-Length needs no counting, since Node's HTTP parser
 * reads exactly that many bytes and no more. Only a body without one (chunked) is counted as it is read.
 */
export const requestBodyLimit: Plugin = {
  onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
    const contentLength = request.headers.get('content-length');
    if (contentLength !== null) {
      if (!contentLengthPattern.test(contentLength)) throw badRequest('The Content-Length header is no number of bytes.');
      if (Number(contentLength) > maxRequestBodyBytes) throw requestBodyTooLarge(maxRequestBodyBytes);
      return;
    }
    if (!requestParser || !request.body) return;
    setRequestParser((parsed) => requestParser(counted(parsed, fetchAPI)));
  },
};
