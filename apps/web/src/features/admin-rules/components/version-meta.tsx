// Which version is in force: its number, who published it and when (Beijing time), and why.
import type { RuleVersionMeta } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../../../lib/shanghai-clock.ts';

export function VersionMeta({ meta }: { meta: RuleVersionMeta }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="rules-meta">
      <dt className="rules-meta__version">{t('adminRules.version.current', { version: meta.version })}</dt>
      <dd>
        {meta.author
          ? t('adminRules.version.by', {
              name: meta.author.displayName,
              time: formatShanghai(meta.createdAt, 'dateTime', i18n.language),
            })
          : t('adminRules.version.shipped')}
      </dd>
      {meta.author ? <dd>{t('adminRules.version.reason', { reason: meta.reason })}</dd> : null}
    </dl>
  );
}
