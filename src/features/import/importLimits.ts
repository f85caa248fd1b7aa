import type { ImportResult } from './importTypes.ts';

/** Largest file the importer reads: 50 MB (binary megabytes, 52,428,800 bytes), as a file manager shows it. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

function formatMb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The result for a file refused by its size alone (nothing was read or parsed). */
export function tooLargeResult(bytes: number, maxBytes: number): ImportResult {
  const zh = `文件 ${formatMb(bytes)}，超过 ${formatMb(maxBytes)} 的上限，未读取`;
  const en = `the file is ${formatMb(bytes)}, over the ${formatMb(maxBytes)} limit; it was not read`;
  return {
    ok: false,
    errors: [{ severity: 'error', code: 'too-large', featureIndex: null, path: '', zh, en, message: `${zh} / ${en}` }],
    errorCount: 1,
    warnings: [],
    warningCount: 0,
  };
}

/** UTF-8 length of a string without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

