/**
 * Small helpers for reading pack files: the size of text in UTF-8 bytes, and the first syntax
 * error in text that is not JSON, with its line and column. `JSON.parse` reports positions in a
 * different way in every browser and Node version, so we find the position ourselves.
 */

/** Number of bytes the text takes in UTF-8, without encoding it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export interface JsonSyntaxError {
  /** Zero-based index into the text. */
  position: number;
  /** One-based line number. */
  line: number;
  /** One-based column number. */
  column: number;
  /** What is wrong, in plain words (no trailing full stop). */
  message: string;
}

type Expect = 'value' | 'value-or-end-of-list' | 'name-or-end-of-object' | 'name' | 'colon' | 'comma-or-end' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

function describeCharacter(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 32 || code === 127) return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  return `'${ch}'`;
}

function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

/** Scans a JSON string starting at the opening quote; returns the index after the closing quote, or an error. */
function scanString(text: string, start: number): number | { position: number; message: string } {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 34) return i + 1;
    if (c === 92) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { position: i, message: 'a \\u escape must be followed by four hexadecimal digits' };
        }
        i += 6;
        continue;
      }
      if (next === undefined || '"\\/bfnrt'.indexOf(next) < 0) {
        return { position: i, message: 'a backslash in text must start a valid escape such as \\" or \\n' };
      }
      i += 2;
      continue;
    }
    if (c < 32) {
      return { position: i, message: 'text contains a line break or control character; write it as \\n or remove it' };
    }
    i++;
  }
  return { position: start, message: 'a piece of text is not closed: its closing double quote is missing' };
}

/**
 * Finds the first syntax error in `text` read as JSON, or returns null when it is valid JSON.
 * Iterative, so deeply nested input cannot overflow the stack.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: string[] = [];
  let expect: Expect = 'value';
  let afterComma = false;
  let i = 0;
  const n = text.length;

  const fail = (position: number, message: string): JsonSyntaxError => ({
    position,
    ...lineAndColumn(text, position),
    message
  });
  const stateAfterValue = (): Expect => {
    afterComma = false;
    return stack.length === 0 ? 'end' : 'comma-or-end';
  };

  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
    if (i >= n) {
      if (expect === 'end') return null;
      if (stack.length === 0) return fail(n, 'the file ends before any value; it is empty');
      const closer = stack[stack.length - 1] === '{' ? '}' : ']';
      return fail(n, `the file ends too early: a closing '${closer}' is missing`);
    }
    const ch = text[i];

    if (ch === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fail(i, 'comments are not allowed in JSON');

    switch (expect) {
      case 'value':
      case 'value-or-end-of-list': {
        if (ch === ']' && (expect === 'value-or-end-of-list' || afterComma) && stack[stack.length - 1] === '[') {
          if (afterComma) return fail(i, "a comma comes just before ']'; JSON does not allow a trailing comma");
          stack.pop();
          i++;
          expect = stateAfterValue();
        } else if (ch === '{') {
          stack.push('{');
          i++;
          expect = 'name-or-end-of-object';
          afterComma = false;
        } else if (ch === '[') {
          stack.push('[');
          i++;
          expect = 'value-or-end-of-list';
          afterComma = false;
        } else if (ch === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return fail(end.position, end.message);
          i = end;
          expect = stateAfterValue();
        } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
          NUMBER.lastIndex = i;
          const match = NUMBER.exec(text);
          if (!match) return fail(i, 'a number is not written correctly');
          i += match[0].length;
          expect = stateAfterValue();
        } else {
          const literal = LITERALS.find((word) => text.startsWith(word, i));
          if (literal) {
            i += literal.length;
            expect = stateAfterValue();
          } else if (ch === "'") {
            return fail(i, 'text must be in double quotes ("), not single quotes');
          } else {
            return fail(i, `expected a value but found ${describeCharacter(ch)}`);
          }
        }
        break;
      }
      case 'name':
      case 'name-or-end-of-object': {
        if (ch === '}') {
          if (afterComma) return fail(i, "a comma comes just before '}'; JSON does not allow a trailing comma");
          stack.pop();
          i++;
          expect = stateAfterValue();
        } else if (ch === '"') {
          const end = scanString(text, i);
          if (typeof end !== 'number') return fail(end.position, end.message);
          i = end;
          expect = 'colon';
          afterComma = false;
        } else {
          return fail(i, `expected a field name in double quotes but found ${describeCharacter(ch)}`);
        }
        break;
      }
      case 'colon':
        if (ch !== ':') return fail(i, `expected ':' after the field name but found ${describeCharacter(ch)}`);
        i++;
        expect = 'value';
        break;
      case 'comma-or-end': {
        const open = stack[stack.length - 1];
        const closer = open === '{' ? '}' : ']';
        if (ch === ',') {
          i++;
          expect = open === '{' ? 'name' : 'value';
          afterComma = true;
        } else if (ch === closer) {
          stack.pop();
          i++;
          expect = stateAfterValue();
        } else {
          return fail(i, `expected ',' or '${closer}' but found ${describeCharacter(ch)}`);
        }
        break;
      }
      case 'end':
        return fail(i, `unexpected ${describeCharacter(ch)} after the end of the JSON data`);
    }
  }
}
