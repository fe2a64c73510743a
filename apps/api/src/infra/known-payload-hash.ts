// A request body whose SHA-256 the console has already computed, signed with that hash instead of hashing the same
// bytes again. The S3 client's signature covers the body's SHA-256 (the x-amz-content-sha256 header; S3 refuses a
// body that does not match it), and the SDK computes it over every buffer it sends unless the header is already set.
// An image upload is hashed as it arrives and stored as one buffer, so without this every photo was hashed twice.
import type { S3Client } from '@aws-sdk/client-s3';

const SHA256_HEADER = 'x-amz-content-sha256';
const known = new WeakMap<object, string>();

/** `body` itself, remembered with `sha256Hex`, the hex SHA-256 of exactly these bytes, for the request that sends it. */
export function withKnownSha256<T extends Uint8Array>(body: T, sha256Hex: string): T {
  known.set(body, sha256Hex);
  return body;
}

/** The hex SHA-256 remembered for `body`, if it is a buffer handed to `withKnownSha256`. */
export function knownSha256(body: unknown): string | undefined {
  return typeof body === 'object' && body !== null ? known.get(body) : undefined;
}

type Outgoing = { body?: unknown; headers: Record<string, string> };

const isOutgoing = (request: unknown): request is Outgoing =>
  typeof request === 'object' && request !== null && 'headers' in request && typeof request.headers === 'object';

/** Signs a request whose body is a remembered buffer with the hash remembered for it. */
export function useKnownPayloadHashes(client: S3Client): void {
  client.middlewareStack.add(
    (next) => (args) => {
      const { request } = args;
      if (isOutgoing(request)) {
        const sha256 = knownSha256(request.body);
        if (sha256) request.headers[SHA256_HEADER] = sha256;
      }
      return next(args);
    },
    { step: 'build', name: 'knownPayloadHash' },
  );
}
