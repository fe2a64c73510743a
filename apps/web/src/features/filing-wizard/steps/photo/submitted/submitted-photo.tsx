// Step 4 once a photo is in, by where the filing stands: in second review (the photo, and when the review ends),
// rejected (the reasons, then the photo that was rejected), or past the second review (the approved photo). Nothing
// before the first photo.
import type { PhotoStep } from '@beian/contracts';
import { useTranslation } from 'react-i18next';
import { isPhotoTaken } from '../photo-states.ts';
import { PhotoApproved } from './photo-approved.tsx';
import { PhotoInReview } from './photo-in-review.tsx';
import { PhotoRecord } from './photo-record.tsx';
import { PhotoRejected } from './photo-rejected.tsx';
import './submitted-photo.css';

/** Whether this view says where the photo stands (the step's head then need not). */
export const showsSubmittedPhoto = (step: Pick<PhotoStep, 'status' | 'photo'>) =>
  step.status === 'PHOTO_REJECTED' || (isPhotoTaken(step.status) && step.photo !== null);

export function SubmittedPhoto({ step }: { step: PhotoStep }) {
  const { t } = useTranslation();
  const { photo, status } = step;
  if (status === 'PHOTO_REJECTED') {
    return (
      <div className="submitted-photo">
        <PhotoRejected rejection={step.rejection} />
        {photo ? <PhotoRecord photo={photo} title={t('photoRecord.rejected.previous')} /> : null}
      </div>
    );
  }
  if (!photo || !isPhotoTaken(status)) return null;
  return (
    <div className="submitted-photo">
      {status === 'SECOND_REVIEW' ? <PhotoInReview step={step} /> : <PhotoApproved status={status} />}
      <PhotoRecord
        photo={photo}
        title={t(status === 'SECOND_REVIEW' ? 'photoRecord.inReview.photo' : 'photoRecord.approved.photo')}
      />
    </div>
  );
}
