// What an uploaded file looks like in its slot: a thumbnail for an image, a PDF mark for a document, each opening
// the original in a new tab (from its bytes: the API serves uploads as attachments); its size and upload time beside it.

import type { Material } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { openFileInNewTab } from '../../../../lib/download-file.ts';
import { formatBytes } from '../../../../lib/images/format-bytes.ts';
import { materialContentUrl } from '../../api/materials-api.ts';

export function MaterialThumbnail({ material, name }: { material: Material; name: string }) {
  const { t } = useTranslation();
  const url = materialContentUrl(material.id);
  const [failed, setFailed] = useState(false);
  return (
    <>
      <a
        className="thumb"
        href={url}
        target="_blank"
        rel="noopener"
        title={t('materials.slot.open')}
        onClick={(event) => {
          // A plain click opens the bytes in a tab; a modified one (save, new window) is left to the browser.
          if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          setFailed(false);
          openFileInNewTab(url, material.contentType).catch(() => setFailed(true));
        }}
      >
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
      {failed ? <span role="alert">{t('materials.slot.openFailed')}</span> : null}
    </>
  );
}

export function MaterialMeta({ material }: { material: Material }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="slot__meta">
      {t('materials.slot.meta', {
        size: formatBytes(material.bytes, i18n.language),
        time: formatBeijing(material.uploadedAt),
      })}
    </span>
  );
}
