// The filing answers' schemas, loaded by filings-api.ts when it first reads one. The verify step, the first page an
// applicant opens, reads none of them until it is submitted; building them as the page loaded (with the review and
// calendar schemas the filing's detail brings along) made one of that page's longest tasks (docs/performance.md).
export {
  DetectedWebsitesSchema,
  FilingDetailSchema,
  SmsCodeSentSchema,
  VerifyResponseSchema,
} from '@beian/contracts';
