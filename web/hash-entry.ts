// The portal's hashing bundle (built into web/hash-bundle.js by scripts/build-web.mjs): our PDQ
// core and MD5, so the photo's hashes are computed on the person's own device.
import { pdqFromPixels } from '../src/hash/pdq.ts';
import { md5Hex } from './md5.ts';

(globalThis as unknown as { consentryHash: unknown }).consentryHash = { pdqFromPixels, md5Hex };
