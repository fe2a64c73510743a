// One verification-photo method: whether this filing may use it (and why not), how it works, and (while the photo is
// due and the filing may use it) the method's own actions, each in its own folder.
import type { CheckResult, PhotoStep } from '@beian/contracts';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { checkName, provinceLabel, reasonText } from '../../components/labels.ts';
import { AppCheckMethod } from './app-check/app-check-method.tsx';
import { CurtainMethod } from './curtain/curtain-method.tsx';
import { isPhotoDue } from './photo-states.ts';
import { PointMethod } from './point/point-method.tsx';

function MethodActions({ name, step }: { name: string; step: PhotoStep }) {
  if (name === 'APP_CHECK') return <AppCheckMethod step={step} />;
  if (name === 'PHOTO_POINT') return <PointMethod step={step} />;
  if (name === 'CURTAIN') return <CurtainMethod step={step} />;
  return null;
}

function titleOf(name: string, t: TFunction): string {
  if (name === 'APP_CHECK' || name === 'PHOTO_POINT' || name === 'CURTAIN') return t(`photo.methods.${name}.title`);
  return checkName(name);
}

function pointsOf(name: string, t: TFunction, province: string): string[] {
  if (name === 'APP_CHECK') return [t('photo.methods.APP_CHECK.condition'), t('photo.methods.APP_CHECK.how')];
  if (name === 'PHOTO_POINT') {
    return [t('photo.methods.PHOTO_POINT.bring', { province }), t('photo.methods.PHOTO_POINT.operator')];
  }
  if (name === 'CURTAIN') {
    return (['free', 'dispatch', 'photo', 'upload'] as const).map((key) => t(`photo.methods.CURTAIN.${key}`));
  }
  return [];
}

export function PhotoMethodCard({ check, step }: { check: CheckResult; step: PhotoStep }) {
  const { t } = useTranslation();
  const available = check.status !== 'fail';
  const titleId = `photo-method-${check.name}`;
  return (
    <section className={`photo-method${available ? '' : ' photo-method--off'}`} aria-labelledby={titleId}>
      <div className="photo-method__head">
        <h3 className="photo-method__title" id={titleId}>
          {titleOf(check.name, t)}
        </h3>
        <span className={`tag ${available ? 'tag--ok' : 'tag--off'}`}>
          {available ? t('photo.methods.available') : t('photo.methods.unavailable')}
        </span>
      </div>
      {!available && check.reason ? <p className="photo-method__reason">{reasonText(check.reason)}</p> : null}
      <ul className="photo-method__points">
        {pointsOf(check.name, t, provinceLabel(step.province)).map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      {available && isPhotoDue(step.status) ? <MethodActions name={check.name} step={step} /> : null}
    </section>
  );
}
