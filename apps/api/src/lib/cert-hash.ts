// Certificate numbers are stored as a keyed hash (to match them) and a masked form (to show them), never in clear.
import { createHmac } from 'node:crypto';
import { maskCertNumber } from '@beian/domain';

export type CertHasher = ReturnType<typeof createCertHasher>;

export const normalizeCertNumber = (certNumber: string) => certNumber.replace(/[\s-]/g, '').toUpperCase();

export function createCertHasher(key: string) {
  return {
    hash: (certNumber: string) => createHmac('sha256', key).update(normalizeCertNumber(certNumber)).digest('hex'),
    mask: (certNumber: string) => maskCertNumber(normalizeCertNumber(certNumber)),
  };
}
