// The websites step's form: one entry per kept website, prefilled from the registry on the first visit, shown back as
// the server holds it, and turned into the PUT body (a principal of its own is sent as typed so far).
import {
  type CloudServiceRef,
  type FilingDetail,
  PrincipalInputSchema,
  type UpdateWebsitesBody,
} from '@beian/contracts';
import { checkCertificate } from '@beian/domain';
import { z } from 'zod';
import { shanghaiToday } from '../../../lib/shanghai-today.ts';

export type RegistryWebsite = {
  websiteFilingNo: string;
  name: string;
  domains: string[];
  homepageUrl: string | null;
  accessProviders: string[];
};

export type WebsitePrincipalValues = {
  name: string;
  certType: string;
  certNumber: string;
  mobile: string;
  email: string;
  emergencyPhone: string;
};

export type WebsiteEntryValues = {
  websiteFilingNo: string;
  confirmed: boolean;
  cloudService: CloudServiceRef | null;
  sameAsSubject: boolean;
  principal: WebsitePrincipalValues;
};

export type WebsitesFormValues = { websites: WebsiteEntryValues[] };

const EMPTY_PRINCIPAL: WebsitePrincipalValues = {
  name: '',
  certType: 'RESIDENT_ID',
  certNumber: '',
  mobile: '',
  email: '',
  emergencyPhone: '',
};

/** A new entry for a registry website: a server can host many sites, an auth code only the verified one. */
export function newEntry(website: RegistryWebsite, filing: FilingDetail): WebsiteEntryValues {
  const ref = filing.verify.cloudService;
  const isVerified = website.domains.some((d) => d === filing.verify.domain || d === filing.verify.domainAscii);
  return {
    websiteFilingNo: website.websiteFilingNo,
    confirmed: false,
    cloudService: ref.kind === 'RESOURCE' || isVerified ? ref : null,
    sameAsSubject: true,
    principal: EMPTY_PRINCIPAL,
  };
}

export function toWebsitesForm(filing: FilingDetail, detected: readonly RegistryWebsite[]): WebsitesFormValues {
  // Nothing saved yet: every filed website of the subject, as the registry has it.
  if (filing.websites.length === 0) return { websites: detected.map((w) => newEntry(w, filing)) };
  return {
    websites: filing.websites.map((site) => {
      const p = site.principal;
      const own = p && !p.sameAsSubject ? p : null;
      return {
        websiteFilingNo: site.websiteFilingNo,
        confirmed: site.confirmed,
        cloudService: site.cloudService,
        // No principal saved means none chosen yet: the form asks for one rather than ticking the subject's.
        sameAsSubject: p?.sameAsSubject ?? false,
        principal: own
          ? {
              name: own.name ?? '',
              certType: own.certType ?? 'RESIDENT_ID',
              certNumber: '',
              mobile: own.mobile ?? '',
              email: own.email ?? '',
              emergencyPhone: own.emergencyPhone ?? '',
            }
          : EMPTY_PRINCIPAL,
      };
    }),
  };
}

function principalBody(entry: WebsiteEntryValues): UpdateWebsitesBody['websites'][number]['principal'] {
  if (entry.sameAsSubject) return { sameAsSubject: true };
  const { certNumber, ...rest } = entry.principal;
  const typed = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, value.trim()]));
  // An empty certificate number keeps the one already saved.
  return { ...typed, ...(certNumber.trim() ? { certNumber: certNumber.trim() } : {}), sameAsSubject: false };
}

function cloudBody(ref: CloudServiceRef | null): CloudServiceRef | null {
  if (ref?.kind === 'AUTH_CODE' && ref.code.trim() === '') return null;
  return ref;
}

export function toWebsitesBody(values: WebsitesFormValues): UpdateWebsitesBody['websites'] {
  return values.websites.map((entry) => ({
    websiteFilingNo: entry.websiteFilingNo,
    confirmed: entry.confirmed,
    cloudService: cloudBody(entry.cloudService),
    principal: principalBody(entry),
  }));
}

/** Website filing numbers whose own principal already has a certificate number on the server. */
export function savedCertNumbers(filing: FilingDetail): Set<string> {
  return new Set(
    filing.websites
      .filter((s) => s.principal && !s.principal.sameAsSubject && s.principal.certNumberMasked)
      .map((s) => s.websiteFilingNo),
  );
}

/** Per entry: a website principal of its own must pass the contract's PrincipalInputSchema (and the checksum). */
export function websitesFormSchema(savedCerts: ReadonlySet<string>) {
  const entry = z.custom<WebsiteEntryValues>().superRefine((value, ctx) => {
    if (value.sameAsSubject) return;
    const { certNumber, ...rest } = value.principal;
    const parsed = PrincipalInputSchema.safeParse(
      { ...rest, certNumber: certNumber.trim() || undefined },
      { reportInput: true },
    );
    for (const issue of parsed.success ? [] : parsed.error.issues) {
      // Re-homed under this entry; the resolver words the issue by its code, as for any other field.
      ctx.addIssue({ ...(issue as z.core.$ZodRawIssue), path: ['principal', ...issue.path] });
    }
    const path = ['principal', 'certNumber'];
    if (certNumber.trim() === '') {
      if (!savedCerts.has(value.websiteFilingNo))
        ctx.addIssue({ code: 'custom', path, message: 'filing.principal.certNumberRequired' });
      return;
    }
    const check = checkCertificate(value.principal.certType, certNumber, { today: shanghaiToday() });
    if (check.status === 'fail')
      ctx.addIssue({ code: 'custom', path, message: 'Invalid certificate number', params: { reason: check.reason } });
  });
  return z.object({ websites: z.array(entry) });
}
