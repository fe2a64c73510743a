// The verify step's answer: the outcome in a sentence, the detected filing type and subject filing number, every
// check by name, and, when a filing was created, the way on to the subject step.
import type { VerifyResponse } from '@beian/contracts';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/button-link.tsx';
import { CheckList } from '../../../components/ui/check-list.tsx';
import { filingTypeLabel, reasonText } from './labels.ts';

type VerifyResultProps = { result: VerifyResponse; headingRef?: Ref<HTMLHeadingElement> };

export function VerifyResult({ result, headingRef }: VerifyResultProps) {
  const { t } = useTranslation();
  const type = result.detectedType;
  const typeCheck = result.checks.find((check) => check.name === 'FILING_TYPE');
  return (
    <section className="card verify-result" aria-labelledby="verify-result-title">
      <div className="card__body verify-result__body">
        <h2 className="card__title" id="verify-result-title" ref={headingRef} tabIndex={-1}>
          {t('filing.result.title')}
        </h2>
        <p className={`outcome outcome--${result.outcome}`}>{t(`filing.result.${result.outcome}`)}</p>
        {type || result.subjectFilingNo ? (
          <div className="result-facts">
            {type ? <p>{t('filing.result.detectedType', { type: filingTypeLabel(type) })}</p> : null}
            {result.subjectFilingNo ? (
              <p>{t('filing.result.subjectFilingNo', { number: result.subjectFilingNo })}</p>
            ) : null}
          </div>
        ) : null}
        {type && type !== 'ACCESS' ? (
          <div className="notice notice--warn">
            <p className="notice__title">{t('filing.result.notAccessTitle', { type: filingTypeLabel(type) })}</p>
            {typeCheck?.reason ? <p>{reasonText(typeCheck.reason)}</p> : null}
            <p>{t('filing.result.notAccessBody', { type: filingTypeLabel(type) })}</p>
          </div>
        ) : null}
        <CheckList checks={result.checks} label={t('filing.result.checksLabel')} />
        {result.filing ? (
          <div className="verify-result__next">
            <p>{t('filing.result.created', { orderNo: result.filing.orderNo })}</p>
            <ButtonLink to={`/console/filings/${result.filing.id}/subject`}>{t('filing.result.continue')}</ButtonLink>
          </div>
        ) : null}
      </div>
    </section>
  );
}
