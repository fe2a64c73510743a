// The applicant's cloud services (GET /api/resources), each with the checks that say whether it can host a filing.
import { CLOUD_SERVICE_KINDS } from '@beian/domain';
import { z } from 'zod';
import { CheckSchema } from './checks.ts';

export const CloudResourceSchema = z.object({
  id: z.string(),
  kind: z.enum(CLOUD_SERVICE_KINDS),
  instanceId: z.string(),
  name: z.string(),
  region: z.string(),
  mainland: z.boolean(),
  billing: z.enum(['PREPAID', 'POSTPAID']),
  monthsPurchased: z.number().int(),
  publicBandwidthMbps: z.number(),
  publicIp: z.string().nullable(),
  expiresAt: z.iso.datetime(),
  /** Every eligibility check for this resource, in a fixed order; eligible when none fails. */
  checks: z.array(CheckSchema),
  eligible: z.boolean(),
});
export type CloudResourceView = z.infer<typeof CloudResourceSchema>;

export const ResourceListSchema = z.object({ resources: z.array(CloudResourceSchema) });
export type ResourceList = z.infer<typeof ResourceListSchema>;
