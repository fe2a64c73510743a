// What an entry asks and why: the reason in a sentence, the province's and the kind's instructions as a list, and
// the types and size the slot takes.

import type { MaterialItem } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../../../lib/images/format-bytes.ts';
import { isMaterialInstruction, isMaterialReason } from './material-codes.ts';
import { typesLabel } from './material-labels.ts';

type Props = {
  reason: string;
  instructions: readonly string[];
  limits?: Pick<MaterialItem, 'accepts' | 'maxBytes'>;
};

export function MaterialNotes({ reason, instructions, limits }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <div className="material-notes">
      <p className="material-notes__reason">
        <span className="material-notes__label">{t('materials.reasonLabel')}</span>
        {/* A code this build does not know yet is shown as it is rather than left blank. */}
        {isMaterialReason(reason) ? t(`materials.reasons.${reason}`) : reason}
      </p>
      {instructions.length > 0 ? (
        <ul className="material-notes__list">
          {instructions.map((code) => (
            <li key={code}>{isMaterialInstruction(code) ? t(`materials.instructions.${code}`) : code}</li>
          ))}
        </ul>
      ) : null}
      {limits ? (
        <p className="material-notes__limits">
          {t('materials.accepts', {
            types: typesLabel(limits.accepts, i18n.language),
            limit: formatBytes(limits.maxBytes, i18n.language),
          })}
        </p>
      ) : null}
    </div>
  );
}
