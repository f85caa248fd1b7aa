// eslint-disable-next-line no-restricted-imports -- the one place zod is imported, to configure it (the config's src/core block re-adds the rule)
import { z } from 'zod';

// The app runs under a CSP without 'unsafe-eval'. zod's JIT probes `new Function` when a schema is
// built; the probe is caught, but the browser still reports a securitypolicyviolation. Jitless zod
// never probes. Every schema module imports z from here so the setting precedes every schema.
z.config({ jitless: true });

export { z };
