/**
 * The English messages, a chunk of their own loaded only when English is chosen (first-screen budget:
 * tests/unit/budget.test.ts). Typed as `Messages`: a key missing here, or one zh does not have, fails
 * the typecheck.
 */
import type { Messages } from '../messages.ts';
import { common } from './common.ts';

export const en: Messages = { common };
