// Zod compiles fast object parsers with `new Function` unless told not to, and probes for it as each
// object schema is built: under the pane's script-src the probe is refused and reported as a policy
// violation even though zod catches it. Imported first by the composition root, before any module
// builds a schema.
import { config } from 'zod/mini';

config({ jitless: true });
