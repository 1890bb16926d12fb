import { SpError } from './errors';
import { newGuid } from './names';
import type { Reply } from './odata';

/**
 * OData $batch as PnPjs sends it (multipart/mixed, changesets for writes, LF or CRLF line ends) and as
 * SharePoint Online answers it: flattened, one --batchresponse_ part per request in order, CRLF, and a
 * trailing newline after the closing delimiter. Not transactional: every part runs on its own.
 */

export const MAX_BATCH_REQUESTS = 100;
export const MAX_BATCH_BYTES = 1048576;

export interface BatchRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: Buffer;
}

function batchError(message: string): SpError {
  // [U] OData's reader reports malformed batches as ODataException with HTTP 400.
  return new SpError(400, '-1, Microsoft.Data.OData.ODataException', message);
}

function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^\s*multipart\/mixed/i.test(contentType)) return undefined;
  const m = /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2]) : undefined;
}

function parseHeaders(lines: string[]): Record<string, string> {
  const h: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw batchError(`The header line '${line}' of a batch part is not valid.`);
    h[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return h;
}

/** Splits a multipart body into parts (each a list of lines), checking the delimiters. */
function splitParts(lines: string[], boundary: string): string[][] {
  const delim = `--${boundary}`;
  const close = `--${boundary}--`;
  const parts: string[][] = [];
  let current: string[] | undefined;
  let closed = false;
  for (const line of lines) {
    const t = line.trimEnd();
    if (t === close) {
      if (current) parts.push(current);
      current = undefined;
      closed = true;
      break;
    }
    if (t === delim) {
      if (current) parts.push(current);
      current = [];
      continue;
    }
    if (current) current.push(line);
  }
  if (!closed) throw batchError(`The batch is missing its closing delimiter '${close}'.`);
  return parts;
}

function headerBlock(lines: string[]): { headers: Record<string, string>; rest: string[] } {
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  const start = i;
  while (i < lines.length && lines[i].trim() !== '') i++;
  return { headers: parseHeaders(lines.slice(start, i)), rest: lines.slice(i + 1) };
}

function parseHttpPart(lines: string[]): BatchRequest {
  const { headers: partHeaders, rest } = headerBlock(lines);
  const ct = partHeaders['content-type'] ?? '';
  if (!/^application\/http/i.test(ct)) throw batchError(`A batch part has the content type '${ct}' instead of 'application/http'.`);
  let i = 0;
  while (i < rest.length && rest[i].trim() === '') i++;
  const requestLine = /^([A-Za-z]+)\s+(\S+)\s+HTTP\/\d\.\d\s*$/.exec(rest[i] ?? '');
  if (!requestLine) throw batchError(`The request line '${rest[i] ?? ''}' of a batch part is not valid.`);
  i++;
  const headerLines: string[] = [];
  while (i < rest.length && rest[i].trim() !== '') headerLines.push(rest[i++]);
  const bodyLines = rest.slice(i + 1);
  while (bodyLines.length > 0 && bodyLines[bodyLines.length - 1].trim() === '') bodyLines.pop();
  return {
    method: requestLine[1].toUpperCase(),
    url: requestLine[2],
    headers: parseHeaders(headerLines),
    body: Buffer.from(bodyLines.join('\n'), 'utf8')
  };
}

export function parseBatch(contentType: string | undefined, body: Buffer): BatchRequest[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw batchError("The batch request must have a 'Content-Type' header of multipart/mixed with a boundary.");
  const lines = body.toString('utf8').split(/\r?\n/);
  const requests: BatchRequest[] = [];
  for (const part of splitParts(lines, boundary)) {
    const { headers, rest } = headerBlock(part);
    const nested = boundaryOf(headers['content-type']);
    if (nested) {
      for (const sub of splitParts(rest, nested)) requests.push(parseHttpPart(sub));
    } else {
      requests.push(parseHttpPart(part));
    }
    if (requests.length > MAX_BATCH_REQUESTS) {
      // [U] OData's wording for too many parts, with SharePoint Online's limit of 100.
      throw batchError(
        `The current batch message contains too many parts. Only batch messages with a maximum number of '${MAX_BATCH_REQUESTS}' query operations and change sets are allowed.`
      );
    }
  }
  if (requests.length === 0) throw batchError('The batch request contains no requests.');
  return requests;
}

const REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable'
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? 'Unknown';
}

/** SharePoint's flattened batch answer. Only CONTENT-TYPE, ETAG and LOCATION travel per part, upper-cased. */
export function renderBatch(replies: Reply[]): { contentType: string; body: string } {
  const boundary = `batchresponse_${newGuid()}`;
  let out = '';
  for (const r of replies) {
    out += `--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n`;
    out += `HTTP/1.1 ${r.status} ${reasonPhrase(r.status)}\r\n`;
    for (const [k, v] of Object.entries(r.headers)) {
      const name = k.toUpperCase();
      if (name === 'CONTENT-TYPE' || name === 'ETAG' || name === 'LOCATION') out += `${name}: ${v}\r\n`;
    }
    out += `\r\n${r.body ?? ''}\r\n`;
  }
  out += `--${boundary}--\r\n`;
  return { contentType: `multipart/mixed; boundary=${boundary}`, body: out };
}
