import { z } from 'zod';

// Zod can compile schemas with `new Function`; the page's Content-Security-Policy forbids that, and
// even zod's probe for it (made when a schema is built) is reported as a violation. Validation is
// the same without it. Every schema of the model takes `z` from here, so the setting comes first.
z.config({ jitless: true });

export { z };
