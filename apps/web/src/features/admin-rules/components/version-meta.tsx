// Which version is in force: its number, who published it and when (Beijing time), and why.
import type { RuleVersionMeta } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';

export function VersionMeta({ meta }: { meta: RuleVersionMeta }) {
  const { t } = useTranslation();
  return (
    <dl className="rules-meta">
      <dt className="rules-meta__version">{t('adminRules.version.current', { version: meta.version })}</dt>
      <dd>
        {meta.author
          ? t('adminRules.version.by', {
              name: meta.author.displayName,
              time: formatBeijing(meta.createdAt),
            })
          : t('adminRules.version.shipped')}
      </dd>
      {meta.author ? <dd>{t('adminRules.version.reason', { reason: meta.reason })}</dd> : null}
    </dl>
  );
}
