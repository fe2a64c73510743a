// The filing's stages as an ordered list: each with its party, state, Beijing times, expected end, overdue mark and
// how often it was sent back, as the API's timeline gives them.
import type { ProgressStage } from '@beian/contracts';
import { formatBeijing } from '@beian/domain';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../../components/ui/card.tsx';

function StageItem({ stage }: { stage: ProgressStage }) {
  const { t } = useTranslation();
  return (
    <li
      className={`progress-stage progress-stage--${stage.state.toLowerCase()}`}
      aria-current={stage.state === 'CURRENT' || stage.state === 'RETURNED' ? 'step' : undefined}
    >
      <div className="progress-stage__head">
        <span className="progress-stage__name">{t(`progress.timeline.stages.${stage.key}`)}</span>
        <span className="progress-stage__state">{t(`progress.timeline.states.${stage.state}`)}</span>
        {stage.overdue ? <span className="progress-stage__overdue">{t('progress.timeline.overdue')}</span> : null}
      </div>
      <p className="progress-stage__meta">
        {t('progress.timeline.party', { party: t(`progress.timeline.parties.${stage.party}`) })}
      </p>
      {stage.startedAt ? (
        <p className="progress-stage__meta">
          {t('progress.timeline.started', { time: formatBeijing(stage.startedAt) })}
        </p>
      ) : null}
      {stage.endedAt ? (
        <p className="progress-stage__meta">{t('progress.timeline.ended', { time: formatBeijing(stage.endedAt) })}</p>
      ) : null}
      {stage.expectedBy ? (
        <p className="progress-stage__meta">
          {t('progress.timeline.expected', { time: formatBeijing(stage.expectedBy, 'dateTime', { deadline: true }) })}
        </p>
      ) : null}
      {stage.returns > 0 ? (
        <p className="progress-stage__meta">{t('progress.timeline.returns', { count: stage.returns })}</p>
      ) : null}
    </li>
  );
}

export function ProgressTimeline({ stages }: { stages: readonly ProgressStage[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('progress.timeline.title')}>
      <p className="muted">{t('progress.zoneNote')}</p>
      <ol className="progress-timeline">
        {stages.map((stage) => (
          <StageItem key={stage.key} stage={stage} />
        ))}
      </ol>
    </Card>
  );
}
