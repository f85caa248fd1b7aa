/**
 * The Chinese messages: the default, loaded with the first screen. One file per domain; add a domain
 * here and in ../en/index.ts. Values are strings or functions of their parameters (plurals, numbers).
 */
import { common } from './common.ts';

export const zh = { common };
