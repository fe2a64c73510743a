// The filing endpoints of the wizard's first steps, typed by the shared contracts. The answers' schemas load with the
// first answer that needs them (filing-schemas.ts); the resource list's is small and read as the verify step opens.
import { ResourceListSchema, type SubjectDraft, type UpdateWebsitesBody, type VerifyBody } from '@beian/contracts';
import { apiClient } from '../../../lib/api-client.ts';

const schemas = () => import('./filing-schemas.ts');
const FilingDetailSchema = () => schemas().then((s) => s.FilingDetailSchema);
const VerifyResponseSchema = () => schemas().then((s) => s.VerifyResponseSchema);
const SmsCodeSentSchema = () => schemas().then((s) => s.SmsCodeSentSchema);
const DetectedWebsitesSchema = () => schemas().then((s) => s.DetectedWebsitesSchema);

const filingPath = (id: string, rest = '') => `/api/filings/${encodeURIComponent(id)}${rest}`;

export const listResources = (signal?: AbortSignal) =>
  apiClient.get('/api/resources', { schema: ResourceListSchema, signal }).then((r) => r.resources);

export const verifyFiling = (body: VerifyBody) =>
  apiClient.post('/api/filings/verify', { body, schema: VerifyResponseSchema });

export const getFiling = (id: string, signal?: AbortSignal) =>
  apiClient.get(filingPath(id), { schema: FilingDetailSchema, signal });

export const updateSubject = (id: string, version: number, subject: SubjectDraft) =>
  apiClient.put(filingPath(id, '/subject'), { body: { version, subject }, schema: FilingDetailSchema });

export const verifyFilingPassword = (id: string, password: string) =>
  apiClient.post(filingPath(id, '/subject/password'), { body: { password }, schema: FilingDetailSchema });

export const sendSmsCode = (id: string) => apiClient.post(filingPath(id, '/sms-code'), { schema: SmsCodeSentSchema });

export const verifySmsCode = (id: string, code: string) =>
  apiClient.post(filingPath(id, '/sms-code/verify'), { body: { code }, schema: FilingDetailSchema });

export const getDetectedWebsites = (id: string, signal?: AbortSignal) =>
  apiClient
    .get(filingPath(id, '/websites/detected'), { schema: DetectedWebsitesSchema, signal })
    .then((r) => r.websites);

export const updateWebsites = (id: string, body: UpdateWebsitesBody) =>
  apiClient.put(filingPath(id, '/websites'), { body, schema: FilingDetailSchema });

export const abandonFiling = (id: string, version: number) =>
  apiClient.post(filingPath(id, '/abandon'), { body: { version } });
