// zod, configured once for the app's Content-Security-Policy (script-src without
// 'unsafe-eval'): jitless, so zod never probes `new Function`, which the browser reports as a
// CSP violation even though zod catches the error. Import z from here, never from 'zod'.
import { z } from 'zod';

z.config({ jitless: true });

export { z };
