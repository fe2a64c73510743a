// What an uploaded file looks like in its slot: a thumbnail for an image, a PDF mark for a document, each opening
// the original in a new tab; its size and upload time beside it.
import type { Material } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../../../../lib/shanghai-clock.ts';
import { materialContentUrl } from '../../api/materials-api.ts';
import { formatBytes } from './material-labels.ts';

export function MaterialThumbnail({ material, name }: { material: Material; name: string }) {
  const { t } = useTranslation();
  const url = materialContentUrl(material.id);
  return (
    <a className="thumb" href={url} target="_blank" rel="noopener" title={t('materials.slot.open')}>
      {material.contentType === 'application/pdf' ? (
        <span className="thumb__pdf">
          <span aria-hidden="true">PDF</span>
          <span className="visually-hidden">
            {name} · {t('materials.slot.pdf')} · {t('materials.slot.open')}
          </span>
        </span>
      ) : (
        <img className="thumb__img" src={url} alt={t('materials.slot.preview', { name })} loading="lazy" />
      )}
    </a>
  );
}

export function MaterialMeta({ material }: { material: Material }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="slot__meta">
      {t('materials.slot.meta', {
        size: formatBytes(material.bytes, i18n.language),
        time: formatShanghai(material.uploadedAt, 'dateTime', i18n.language),
      })}
    </span>
  );
}
