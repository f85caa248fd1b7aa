/**
 * A light, iterative JSON scanner run before `JSON.parse`, for what `JSON.parse` does not say:
 * - where a syntax error is (offset → line and column) and what it most likely is, in words a planner
 *   understands (NaN, comments, single quotes, trailing commas, unquoted keys, raw line breaks in strings);
 * - duplicate keys in one object (JSON.parse silently keeps the last one);
 * - keys that are dangerous when data is later merged into objects: `__proto__`, `constructor`,
 *   `prototype` (JSON.parse itself makes them harmless own properties; the importer drops them);
 * - nesting deeper than a limit (the importer's walkers are then never asked to go deep).
 * It builds no values and never recurses: an explicit stack, one pass over the text.
 */

export type PathPart = string | number;

export interface ScanIssue {
  offset: number;
  path: PathPart[];
  zh: string;
  en: string;
}

export interface ScanResult {
  /** The first syntax error (the scan stops there), or null when the text is valid JSON. */
  syntaxError: ScanIssue | null;
  /** Duplicate keys, the first `maxReported`; `duplicateCount` counts all. */
  duplicates: ScanIssue[];
  duplicateCount: number;
  /** `__proto__`, `constructor` and `prototype` keys, the first `maxReported`; `forbiddenCount` counts all. */
  forbidden: ScanIssue[];
  forbiddenCount: number;
  maxDepth: number;
}

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface ScanOptions {
  /** Deepest nesting of arrays and objects accepted. @default 100 */
  maxDepth?: number;
  /** How many duplicate and forbidden keys to keep with their position. @default 20 */
  maxReported?: number;
}

interface Frame {
  isObject: boolean;
  keys: Set<string> | null;
  key: string | null;
  index: number;
}

// Scanner modes.
const VALUE = 0; // a value must come
const VALUE_OR_CLOSE = 1; // first element of an array, or `]`
const KEY_OR_CLOSE = 2; // first key of an object, or `}`
const KEY = 3; // a key after a comma
const COLON = 4;
const AFTER = 5; // after a value: `,`, a closing bracket, or the end

/** The bare words JSON allows as values. */
const LITERALS = ['true', 'false', 'null'] as const;

/** `features[3].geometry.coordinates[0][2]`; keys that are not identifiers are written `["a b"]`. */
export function formatPath(path: readonly PathPart[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(p)) out += out === '' ? p : `.${p}`;
    else out += `[${JSON.stringify(p)}]`;
  }
  return out;
}

function describeChar(c: string | undefined): string {
  if (c === undefined) return 'end of file';
  const code = c.codePointAt(0) ?? 0;
  if (code < 0x20 || code === 0x7f) return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return JSON.stringify(c);
}

export function scanJson(text: string, opts: ScanOptions = {}): ScanResult {
  const maxDepth = opts.maxDepth ?? 100;
  const maxReported = opts.maxReported ?? 20;
  const n = text.length;
  const stack: Frame[] = [];
  const result: ScanResult = { syntaxError: null, duplicates: [], duplicateCount: 0, forbidden: [], forbiddenCount: 0, maxDepth: 0 };
  let mode = VALUE;
  let i = 0;
  let lastComma = -1;
  let commaPending = false;

  const path = (): PathPart[] => {
    const out: PathPart[] = [];
    for (const f of stack) {
      if (f.isObject) {
        if (f.key !== null) out.push(f.key);
      } else out.push(f.index);
    }
    return out;
  };
  /** `atContainer`: the error is about the open array or object itself (a trailing comma), not an element. */
  const fail = (offset: number, zh: string, en: string, atContainer = false): ScanResult => {
    const p = path();
    if (atContainer && stack.length > 0 && (stack[stack.length - 1]?.isObject === false || stack[stack.length - 1]?.key !== null)) p.pop();
    result.syntaxError = { offset, path: p, zh, en };
    return result;
  };

  /** Returns the end offset (after the closing quote) or -1 after recording an error. */
  const scanString = (start: number): { end: number; escaped: boolean } | null => {
    let j = start + 1;
    let escaped = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 34) return { end: j + 1, escaped };
      if (c === 92) {
        escaped = true;
        const e = text[j + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) {
            fail(j, '字符串中 \\u 后须接 4 位十六进制数', 'a \\u escape needs 4 hexadecimal digits');
            return null;
          }
          j += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) {
          fail(j, `字符串中的转义 \\${e ?? ''} 无效`, `invalid escape \\${e ?? ''} in a string`);
          return null;
        }
        j += 2;
        continue;
      }
      if (c < 0x20) {
        fail(
          j,
          c === 10 || c === 13 ? '字符串中有未转义的换行（字符串须在同一行内闭合，或写作 \\n）' : '字符串中有未转义的控制字符',
          c === 10 || c === 13
            ? 'raw line break inside a string (close the string on the same line, or write \\n)'
            : `unescaped ${describeChar(text[j])} inside a string`,
        );
        return null;
      }
      j++;
    }
    fail(start, '字符串没有闭合的双引号', 'unterminated string (no closing double quote)');
    return null;
  };

  const scanNumber = (start: number): number => {
    let j = start;
    if (text.charCodeAt(j) === 45) j++; // -
    if (text.startsWith('Infinity', j)) {
      fail(start, 'JSON 没有 -Infinity：坐标与数值须为有限数字', 'JSON has no -Infinity: coordinates and numbers must be finite');
      return -1;
    }
    const d0 = text.charCodeAt(j);
    if (d0 === 48) {
      j++;
      const d1 = text.charCodeAt(j);
      if (d1 >= 48 && d1 <= 57) {
        fail(start, '数字不能有前导零', 'numbers cannot have leading zeros');
        return -1;
      }
    } else if (d0 >= 49 && d0 <= 57) {
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    } else {
      fail(j, `“-”后应为数字，实际为 ${describeChar(text[j])}`, `expected a digit after "-", found ${describeChar(text[j])}`);
      return -1;
    }
    if (text.charCodeAt(j) === 46) {
      j++;
      const f0 = j;
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      if (j === f0) {
        fail(j, '小数点后须有数字', 'a decimal point must be followed by digits');
        return -1;
      }
    }
    const e = text.charCodeAt(j);
    if (e === 101 || e === 69) {
      j++;
      const s = text.charCodeAt(j);
      if (s === 43 || s === 45) j++;
      const e0 = j;
      while (j < n && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      if (j === e0) {
        fail(j, '指数须有数字', 'an exponent needs digits');
        return -1;
      }
    }
    return j;
  };

  const badValue = (at: number, afterComma: boolean): ScanResult => {
    const c = text[at];
    if (text.startsWith('NaN', at))
      return fail(at, 'JSON 没有 NaN：坐标与数值须为有限数字（缺失值请用 null）', 'JSON has no NaN: numbers must be finite (write null for a missing value)');
    if (text.startsWith('Infinity', at))
      return fail(at, 'JSON 没有 Infinity：坐标与数值须为有限数字', 'JSON has no Infinity: coordinates and numbers must be finite');
    if (text.startsWith('undefined', at)) return fail(at, 'JSON 没有 undefined（请用 null）', 'JSON has no undefined (write null)');
    if (c === "'") return fail(at, '字符串须用双引号，不能用单引号', 'strings need double quotes, not single quotes');
    if (c === '+') return fail(at, '数字不能以“+”开头', 'numbers cannot start with "+"');
    if (c === '.') return fail(at, '数字须以数字开头（写作 0.5 而非 .5）', 'numbers start with a digit (0.5, not .5)');
    if ((c === ']' || c === '}') && afterComma) return fail(lastComma, `“${c}”前多了一个逗号`, `trailing comma before "${c}"`, true);
    if (c === undefined) return fail(at, '文件意外结束（缺少值或右括号）', 'unexpected end of file (a value or a closing bracket is missing)');
    return fail(at, `此处应为一个值，实际为 ${describeChar(c)}`, `expected a value, found ${describeChar(c)}`);
  };

  while (true) {
    // White space (JSON's four characters only).
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    if (i >= n) break;
    const c = text.charCodeAt(i);
    const afterComma = commaPending;
    commaPending = false;
    if (c === 47 && (text[i + 1] === '/' || text[i + 1] === '*')) return fail(i, 'JSON 不允许注释', 'JSON has no comments');
    const top = stack[stack.length - 1];

    if (mode === COLON) {
      if (c !== 58) return fail(i, `键名后应为冒号“:”，实际为 ${describeChar(text[i])}`, `expected ":" after a key, found ${describeChar(text[i])}`);
      i++;
      mode = VALUE;
      continue;
    }

    if (mode === AFTER) {
      if (!top) return fail(i, `JSON 值结束后还有多余内容：${describeChar(text[i])}`, `unexpected ${describeChar(text[i])} after the end of the JSON value`);
      if (c === 44) {
        lastComma = i;
        commaPending = true;
        i++;
        if (top.isObject) mode = KEY;
        else {
          top.index++;
          mode = VALUE;
        }
        continue;
      }
      if ((c === 125 && top.isObject) || (c === 93 && !top.isObject)) {
        stack.pop();
        i++;
        mode = AFTER;
        continue;
      }
      return top.isObject
        ? fail(i, `应为逗号“,”或“}”，实际为 ${describeChar(text[i])}（是否漏了逗号？）`, `expected "," or "}", found ${describeChar(text[i])} (a missing comma?)`)
        : fail(i, `应为逗号“,”或“]”，实际为 ${describeChar(text[i])}（是否漏了逗号？）`, `expected "," or "]", found ${describeChar(text[i])} (a missing comma?)`);
    }

    if (mode === KEY_OR_CLOSE || mode === KEY) {
      if (c === 125) {
        if (mode === KEY) return fail(lastComma, '“}”前多了一个逗号', 'trailing comma before "}"', true);
        stack.pop();
        i++;
        mode = AFTER;
        continue;
      }
      if (c !== 34) {
        return text[i] === "'"
          ? fail(i, '键名须用双引号，不能用单引号', 'keys need double quotes, not single quotes')
          : fail(i, `键名须用双引号括起，实际为 ${describeChar(text[i])}`, `expected a key in double quotes, found ${describeChar(text[i])}`);
      }
      const s = scanString(i);
      if (!s) return result;
      const key = s.escaped ? (JSON.parse(text.slice(i, s.end)) as string) : text.slice(i + 1, s.end - 1);
      if (top) {
        top.key = key;
        if (top.keys?.has(key)) {
          result.duplicateCount++;
          if (result.duplicates.length < maxReported) {
            result.duplicates.push({
              offset: i,
              path: path(),
              zh: `重复的键名 "${key}"：以最后一个为准`,
              en: `duplicate key "${key}": the last one wins`,
            });
          }
        } else top.keys?.add(key);
        if (FORBIDDEN_KEYS.has(key)) {
          result.forbiddenCount++;
          if (result.forbidden.length < maxReported) {
            result.forbidden.push({
              offset: i,
              path: path(),
              zh: `键名 "${key}" 不安全，已删除（连同其值）`,
              en: `key "${key}" is unsafe and was dropped (with its value)`,
            });
          }
        }
      }
      i = s.end;
      mode = COLON;
      continue;
    }

    // VALUE or VALUE_OR_CLOSE
    if (c === 93 && mode === VALUE_OR_CLOSE) {
      stack.pop();
      i++;
      mode = AFTER;
      continue;
    }
    if (c === 123 || c === 91) {
      if (stack.length >= maxDepth) {
        return fail(
          i,
          `嵌套超过 ${maxDepth} 层，文件被拒绝（GeoJSON 通常不超过 10 层）`,
          `nested deeper than ${maxDepth} levels; the file is refused (GeoJSON rarely needs 10)`,
        );
      }
      const isObject = c === 123;
      stack.push({ isObject, keys: isObject ? new Set() : null, key: null, index: 0 });
      if (stack.length > result.maxDepth) result.maxDepth = stack.length;
      i++;
      mode = isObject ? KEY_OR_CLOSE : VALUE_OR_CLOSE;
      continue;
    }
    if (c === 34) {
      const s = scanString(i);
      if (!s) return result;
      i = s.end;
      mode = AFTER;
      continue;
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      const end = scanNumber(i);
      if (end < 0) return result;
      i = end;
      mode = AFTER;
      continue;
    }
    const literal = LITERALS.find((word) => text.startsWith(word, i));
    if (literal) {
      i += literal.length;
      mode = AFTER;
      continue;
    }
    return badValue(i, afterComma);
  }

  if (mode !== AFTER || stack.length > 0) {
    if (n === 0 || (mode === VALUE && stack.length === 0)) return fail(n, '文件为空', 'the file is empty');
    return fail(n, '文件意外结束（缺少值或右括号）', 'unexpected end of file (a value or a closing bracket is missing)');
  }
  return result;
}

/**
 * Line and column (both from 1; the column counts UTF-16 units, so a Chinese character is one) of
 * offsets asked in increasing order; asking for an earlier offset starts again from the top.
 */
export function makeLocator(text: string): (offset: number) => { line: number; column: number } {
  let lineStart = 0;
  let line = 1;
  return (offset: number) => {
    if (offset < lineStart) {
      lineStart = 0;
      line = 1;
    }
    for (;;) {
      const nl = text.indexOf('\n', lineStart);
      if (nl < 0 || nl >= offset) break;
      lineStart = nl + 1;
      line++;
    }
    return { line, column: offset - lineStart + 1 };
  };
}

/** The text around `offset` on its line, at most `radius` characters each side, for a message. */
export function excerptAt(text: string, offset: number, radius = 30): string {
  const ls = text.lastIndexOf('\n', offset - 1) + 1;
  let le = text.indexOf('\n', offset);
  if (le < 0) le = text.length;
  const from = Math.max(ls, offset - radius);
  const to = Math.min(le, offset + radius);
  return `${from > ls ? '…' : ''}${text.slice(from, to).replace(/\r/g, '')}${to < le ? '…' : ''}`;
}
