// The JSON columns of a filing (verify checks and cloud service, subject draft, website entries) and the zod schemas
// that read them back: stored JSON is parsed like any input, so a row of an unexpected shape fails loudly.
import { CheckSchema, CloudServiceRefSchema } from '@beian/contracts';
import { z } from 'zod';

const text = z.string().nullable().default(null);

/** A person as saved: the certificate only as hash and mask, and the type the number was valid for when typed. */
export const StoredPersonSchema = z.object({
  name: text,
  certType: text,
  certHash: text,
  certMasked: text,
  /** The certificate type under which the typed number passed its check; null when it did not (or none was typed). */
  certValidFor: text,
  /**
   * Keyed hash of the certificate number's last 6 characters (CertHasher.ending), for the app check on the
   * principal's phone. Null for a person saved before it was kept: such a filing cannot make an app check link.
   */
  certEndingMac: text,
  mobile: text,
  email: text,
  emergencyPhone: text,
});
export type StoredPerson = z.infer<typeof StoredPersonSchema>;

export const StoredSubjectSchema = z.object({
  originalPrincipalName: text,
  /** Whether originalPrincipalName is the principal the MIIT registry holds; null until a name is typed. */
  originalPrincipalMatches: z.boolean().nullable().default(null),
  certificateAddress: text,
  mailingAddress: text,
  // prefault, not default: the empty object is parsed, so every field comes back as null.
  principal: StoredPersonSchema.prefault({}),
});
export type StoredSubject = z.infer<typeof StoredSubjectSchema>;

export const StoredWebsitePrincipalSchema = z.union([
  z.object({ sameAsSubject: z.literal(true) }),
  StoredPersonSchema.extend({ sameAsSubject: z.literal(false) }),
]);
export type StoredWebsitePrincipal = z.infer<typeof StoredWebsitePrincipalSchema>;

/** A website entry, with a snapshot of the registry's website taken when the entry was saved. */
export const StoredWebsiteSchema = z.object({
  websiteFilingNo: z.string(),
  name: z.string(),
  /** Unicode for IDNs, as the applicant reads them. */
  domains: z.array(z.string()),
  homepageUrl: z.string().nullable(),
  accessProviders: z.array(z.string()),
  confirmed: z.boolean(),
  cloudService: CloudServiceRefSchema.nullable(),
  cloudServiceChecks: z.array(CheckSchema),
  principal: StoredWebsitePrincipalSchema.nullable(),
});
export type StoredWebsite = z.infer<typeof StoredWebsiteSchema>;

// Built once: a schema made inside a reader would be built again on every read of every filing.
const StoredWebsitesSchema = z.array(StoredWebsiteSchema);
const ChecksSchema = z.array(CheckSchema);

export const readSubject = (json: unknown): StoredSubject => StoredSubjectSchema.parse(json);
export const readWebsites = (json: unknown): StoredWebsite[] => StoredWebsitesSchema.parse(json);
export const readChecks = (json: unknown) => ChecksSchema.parse(json);
export const readCloudService = (json: unknown) => CloudServiceRefSchema.parse(json);

export const emptyPerson = (): StoredPerson => StoredPersonSchema.parse({});
