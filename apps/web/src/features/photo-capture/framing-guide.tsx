// What a verification photo must show, per method, beside a sample picture. The second review rejects a photo for
// exactly these points, so the applicant reads them before taking it.
import { useTranslation } from 'react-i18next';
import { SamplePhoto } from './sample-photo.tsx';
import './photo-capture.css';

type Method = 'CURTAIN' | 'APP_CHECK' | 'PHOTO_POINT';

const COMMON = ['halfBody', 'face', 'noFilter', 'notMirrored', 'recent'] as const;

function methodRule(method: Method) {
  if (method === 'CURTAIN') return 'photoCapture.guide.CURTAIN.curtain' as const;
  if (method === 'APP_CHECK') return 'photoCapture.guide.APP_CHECK.plain' as const;
  return 'photoCapture.guide.PHOTO_POINT.point' as const;
}

export function FramingGuide({ method, headingLevel = 3 }: { method: Method; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <section className="framing-guide" aria-label={t('photoCapture.guide.title')}>
      <Heading className="framing-guide__title">{t('photoCapture.guide.title')}</Heading>
      <div className="framing-guide__body">
        <SamplePhoto curtain={method !== 'APP_CHECK'} />
        <ul className="framing-guide__rules">
          <li>{t(methodRule(method))}</li>
          {COMMON.map((rule) => (
            <li key={rule}>{t(`photoCapture.guide.common.${rule}`)}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
