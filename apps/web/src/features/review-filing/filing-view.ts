// The review detail from the API as the page's picture of the filing (see filing-fields.ts): sections of fields,
// the registry comparisons, and the materials with their labels and the paths reasons use for them.
import type { ReviewFilingDetail } from '@beian/contracts';
import { i18n } from '../../i18n/i18n.ts';
import type { FilingView, ReviewMaterial } from './filing-fields.ts';
import { filingSections } from './filing-sections.ts';
import { recordComparisons } from './record-comparisons.ts';
import { materialKindName } from './review-labels.ts';

function toMaterial(material: ReviewFilingDetail['materials'][number]): ReviewMaterial {
  const kind = materialKindName(material.kind);
  const label = material.websiteFilingNo
    ? i18n.t('reviewFiling.materialForWebsite', { kind, no: material.websiteFilingNo })
    : kind;
  return {
    id: material.id,
    kind: material.kind,
    label,
    contentType: material.contentType,
    url: material.contentUrl,
    path: ['materials', material.kind, material.websiteFilingNo].filter(Boolean).join('.'),
  };
}

export function toFilingView(detail: ReviewFilingDetail): FilingView {
  const { filing } = detail;
  return {
    id: filing.id,
    orderNo: filing.orderNo,
    version: filing.version,
    status: filing.status,
    sheetRequirements: detail.sheetRequirements,
    sections: filingSections(filing),
    comparisons: recordComparisons(detail),
    materials: detail.materials.map(toMaterial),
  };
}
