// Where the compiled build is. scripts/build-api.ts replaces API_BUNDLE_URL with the bundle's own URL; from the
// sources (tsx in development, vitest) the name is never defined and this is undefined.
declare const API_BUNDLE_URL: string | undefined;

/** The compiled server's URL (apps/api/dist/server.js) when running from the build, else undefined. */
export const bundleUrl: string | undefined = typeof API_BUNDLE_URL === 'string' ? API_BUNDLE_URL : undefined;
