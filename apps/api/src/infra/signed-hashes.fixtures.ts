// For tests: the x-amz-content-sha256 each PUT of an S3 client went out signed with, by request path.
import type { S3Client } from '@aws-sdk/client-s3';

export function recordSignedHashes(client: S3Client): Map<string, string | undefined> {
  const signed = new Map<string, string | undefined>();
  client.middlewareStack.addRelativeTo(
    <A extends { request: unknown }, R>(next: (args: A) => R) =>
      (args: A) => {
        const request = args.request as { method?: string; path?: string; headers?: Record<string, string> };
        if (request.method === 'PUT' && request.path)
          signed.set(request.path, request.headers?.['x-amz-content-sha256']);
        return next(args);
      },
    { relation: 'after', toMiddleware: 'httpSigningMiddleware', name: 'recordSignedHash' },
  );
  return signed;
}
