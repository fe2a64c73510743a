// The filing endpoints of the wizard's first steps, typed by the shared contracts. The answers' schemas load with the
// first answer that needs them (filing-schemas.ts); the resource list's is small and read as the verify step opens.
import { ResourceListSchema, type SubjectDraft, type UpdateWebsitesBody, type VerifyBody } from '@beian/contracts';
import { apiClient } from '../../../lib/api-client.ts';

const schemas = () => import('./filing-schemas.ts');
const filingDetailSchema = () => schemas().then((s) => s.FilingDetailSchema);
const verifyResponseSchema = () => schemas().then((s) => s.VerifyResponseSchema);
const smsCodeSentSchema = () => schemas().then((s) => s.SmsCodeSentSchema);
const detectedWebsitesSchema = () => schemas().then((s) => s.DetectedWebsitesSchema);

const filingPath = (id: string, rest = '') => `/api/filings/${encodeURIComponent(id)}${rest}`;

export const listResources = (signal?: AbortSignal) =>
  apiClient.get('/api/resources', { schema: ResourceListSchema, signal }).then((r) => r.resources);

export const verifyFiling = (body: VerifyBody) =>
  apiClient.post('/api/filings/verify', { body, schema: verifyResponseSchema });

export const getFiling = (id: string, signal?: AbortSignal) =>
  apiClient.get(filingPath(id), { schema: filingDetailSchema, signal });

export const updateSubject = (id: string, version: number, subject: SubjectDraft) =>
  apiClient.put(filingPath(id, '/subject'), { body: { version, subject }, schema: filingDetailSchema });

export const verifyFilingPassword = (id: string, password: string) =>
  apiClient.post(filingPath(id, '/subject/password'), { body: { password }, schema: filingDetailSchema });

export const sendSmsCode = (id: string) => apiClient.post(filingPath(id, '/sms-code'), { schema: smsCodeSentSchema });

export const verifySmsCode = (id: string, code: string) =>
  apiClient.post(filingPath(id, '/sms-code/verify'), { body: { code }, schema: filingDetailSchema });

export const getDetectedWebsites = (id: string, signal?: AbortSignal) =>
  apiClient
    .get(filingPath(id, '/websites/detected'), { schema: detectedWebsitesSchema, signal })
    .then((r) => r.websites);

export const updateWebsites = (id: string, body: UpdateWebsitesBody) =>
  apiClient.put(filingPath(id, '/websites'), { body, schema: filingDetailSchema });

export const abandonFiling = (id: string, version: number) =>
  apiClient.post(filingPath(id, '/abandon'), { body: { version } });
