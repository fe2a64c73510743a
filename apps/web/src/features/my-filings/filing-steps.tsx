// The six steps of an access filing, in order, as the applicant meets them (shown before the first filing).
import { useTranslation } from 'react-i18next';

const STEPS = ['verify', 'subject', 'website', 'materials', 'photo', 'bureau'] as const;

export function FilingSteps() {
  const { t } = useTranslation();
  return (
    <ol className="steps">
      {STEPS.map((step, index) => (
        <li key={step} className="steps__item">
          <span className="steps__number" aria-hidden="true">
            {index + 1}
          </span>
          <div>
            <h3 className="steps__title">{t(`applicant.home.steps.${step}.title`)}</h3>
            <p className="steps__body">{t(`applicant.home.steps.${step}.body`)}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
