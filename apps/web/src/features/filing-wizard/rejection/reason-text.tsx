// A rejection reason's words, each part marked with its own language: as one passage under the field or website it
// names ("通信地址不完整 修改建议：请精确到门牌号"), or as a list item's message with its suggestion set off after it.
import type { RejectionReason } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { OwnWords } from '../../../components/ui/own-words.tsx';
import { nodesInto } from '../../../lib/nodes-into.tsx';

type Words = Pick<RejectionReason, 'message' | 'suggestion'>;

export function ReasonText({ reason }: { reason: Words }) {
  const { t } = useTranslation();
  const message = <OwnWords text={reason.message} />;
  if (!reason.suggestion) return message;
  return nodesInto((slots) => t('rejection.withSuggestion', slots), {
    message,
    suggestion: <OwnWords text={reason.suggestion} />,
  });
}

/** The message, then the suggestion muted after it ("修改建议：…"). */
export function ReasonWithSuggestion({ reason }: { reason: Words }) {
  const { t } = useTranslation();
  return (
    <>
      <OwnWords text={reason.message} />
      {reason.suggestion ? (
        <span className="muted">
          {' '}
          {nodesInto((slots) => t('rejection.suggestion', slots), {
            suggestion: <OwnWords text={reason.suggestion} />,
          })}
        </span>
      ) : null}
    </>
  );
}
