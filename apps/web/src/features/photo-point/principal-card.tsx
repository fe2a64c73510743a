// One person the operator checks: name, certificate type and masked number, the websites they answer for, and the
// ID images the applicant uploaded in step 3 (fetched as bytes and shown from a blob: URL, like every upload).
import type { OperatorIdImage, OperatorPrincipal } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { listOf } from '../../i18n/list.ts';
import { useFileUrl } from '../../lib/use-file-url.ts';
import { certTypeLabel } from '../filing-wizard/components/labels.ts';

function sideOf(kind: OperatorIdImage['kind']): 'FRONT' | 'BACK' | 'COMBINED' {
  if (kind.endsWith('_FRONT')) return 'FRONT';
  if (kind.endsWith('_BACK')) return 'BACK';
  return 'COMBINED';
}

function IdImage({ filingId, image, role }: { filingId: string; image: OperatorIdImage; role: string }) {
  const { t } = useTranslation();
  const file = useFileUrl(`/api/photo-point/filings/${filingId}/id-images/${image.id}`, image.contentType);
  const alt = t('photoPoint.principals.imageAlt', {
    role,
    kind: t(`photoPoint.principals.kinds.${sideOf(image.kind)}`),
  });
  if (file.failed) return <Alert tone="error">{t('photoPoint.principals.imageFailed')}</Alert>;
  if (!file.url) return <div className="operator-principal__placeholder" aria-hidden="true" />;
  return <img className="operator-principal__image" src={file.url} alt={alt} />;
}

export function PrincipalCard({ filingId, principal }: { filingId: string; principal: OperatorPrincipal }) {
  const { t } = useTranslation();
  const role = t(`photoPoint.principals.${principal.role}`);
  const missing = t('photoPoint.principals.missing');
  const websites = listOf(principal.websites.map((w) => w.name));
  return (
    <section className="operator-principal" aria-label={role}>
      <h4>{role}</h4>
      <dl className="facts">
        <div className="facts__row">
          <dt>{t('photoPoint.principals.name')}</dt>
          <dd>{principal.name ?? missing}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('photoPoint.principals.certType')}</dt>
          <dd>{principal.certType ? certTypeLabel(principal.certType) : missing}</dd>
        </div>
        <div className="facts__row">
          <dt>{t('photoPoint.principals.cert')}</dt>
          <dd className="mono">{principal.certMasked ?? missing}</dd>
        </div>
      </dl>
      {websites ? (
        <p className="muted">
          {principal.role === 'SUBJECT'
            ? t('photoPoint.principals.sharedWith', { websites })
            : t('photoPoint.principals.websites', { websites })}
        </p>
      ) : null}
      {principal.images.length === 0 ? (
        <p>{t('photoPoint.principals.noImages')}</p>
      ) : (
        <div className="operator-principal__images">
          {principal.images.map((image) => (
            <IdImage key={image.id} filingId={filingId} image={image} role={role} />
          ))}
        </div>
      )}
    </section>
  );
}
