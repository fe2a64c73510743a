// Generates the Prisma client into apps/api/src/generated/prisma, or does nothing when the client there was
// generated from the same schema by the same Prisma version. Runs before start, test and typecheck.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const schemaPath = path.join(root, 'prisma/schema.prisma');
const outputDir = path.join(root, 'apps/api/src/generated/prisma');
const stampPath = path.join(outputDir, '.schema-hash');
const require = createRequire(import.meta.url);

const started = performance.now();
const prismaPackagePath = require.resolve('prisma/package.json');
const prismaVersion = JSON.parse(readFileSync(prismaPackagePath, 'utf8')).version;
const clientVersion = JSON.parse(readFileSync(require.resolve('@prisma/client/package.json'), 'utf8')).version;
const hash = createHash('sha256')
  .update(`prisma ${prismaVersion}\nclient ${clientVersion}\n`)
  .update(readFileSync(schemaPath))
  .digest('hex');

const upToDate =
  existsSync(path.join(outputDir, 'client.ts')) &&
  existsSync(stampPath) &&
  readFileSync(stampPath, 'utf8').trim() === hash;

if (upToDate) {
  console.log('prisma:generate: client up to date');
} else {
  // A generate that fails halfway must not leave a stamp claiming the old output is current.
  rmSync(stampPath, { force: true });
  const env = {
    ...process.env,
    // `generate` never runs the schema engine, but the CLI tries to download it unless this names an existing
    // file, and the download host is unreachable from our machines. Any file will do.
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    // No update check or telemetry: they would only wait on a host we cannot reach.
    CHECKPOINT_DISABLE: process.env.CHECKPOINT_DISABLE ?? '1',
  };
  const cli = path.join(path.dirname(prismaPackagePath), 'build/index.js');
  const result = spawnSync(process.execPath, [cli, 'generate', '--schema', schemaPath], {
    cwd: root,
    env,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    console.error(`prisma:generate: prisma generate failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  writeFileSync(stampPath, `${hash}\n`);
  const ms = Math.round(performance.now() - started);
  console.log(`prisma:generate: generated client (prisma ${prismaVersion}) in ${ms} ms`);
}
