// The filing's progress timeline, derived (never stored) from its status, its events and its province's rules:
// each stage with its party, state, last start and end, expected end while current, overdue mark and returns.
import type { WorkingDayCalendar } from '../calendar/holiday-calendar.ts';
import type { ProvinceRules } from '../provinces/province-rules.ts';
import type { FilingState } from '../state-machine/states.ts';
import {
  PROGRESS_STAGE_KEYS,
  type ProgressParty,
  type ProgressStageKey,
  type ProgressStageState,
  RETURNED_STATES,
  STAGE_OF_STATE,
  STAGE_PARTY,
} from './progress-stages.ts';
import { stageExpectedBy } from './stage-expectation.ts';

export interface TimelineEvent {
  readonly event: string;
  readonly fromStatus: FilingState | null;
  readonly toStatus: FilingState;
  readonly at: Date;
}

export interface TimelineInput {
  readonly status: FilingState;
  /** The filing's events, any order (sorted by time here). */
  readonly events: readonly TimelineEvent[];
  readonly rules: Pick<ProvinceRules, 'bureauReviewWorkingDays'>;
  readonly now: Date;
  readonly calendar?: WorkingDayCalendar;
}

/** One stage, in the shape of the contracts' ProgressStageSchema (times as ISO 8601 instants). */
export interface ProgressStageView {
  key: ProgressStageKey;
  party: ProgressParty;
  state: ProgressStageState;
  startedAt: string | null;
  endedAt: string | null;
  expectedBy: string | null;
  overdue: boolean;
  returns: number;
}

interface StageHistory {
  startedAt: Date | null;
  endedAt: Date | null;
  returns: number;
}

/** Replays the events: a stage begins when a move enters it (again), ends when a move leaves it. */
function replay(events: readonly TimelineEvent[]): Map<ProgressStageKey, StageHistory> {
  const history = new Map(
    PROGRESS_STAGE_KEYS.map((key): [ProgressStageKey, StageHistory] => [
      key,
      { startedAt: null, endedAt: null, returns: 0 },
    ]),
  );
  const ordered = [...events].sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const { fromStatus, toStatus, at } of ordered) {
    const from = fromStatus ? STAGE_OF_STATE[fromStatus] : null;
    const to = STAGE_OF_STATE[toStatus];
    if (from && from !== to) {
      const left = history.get(from);
      if (left) left.endedAt = at;
    }
    const entered = to ? history.get(to) : undefined;
    if (!entered) continue;
    entered.startedAt = at;
    entered.endedAt = to === 'COMPLETED' ? at : null;
    if (RETURNED_STATES.has(toStatus)) entered.returns += 1;
  }
  return history;
}

/** Where the filing stands: its stage, and the state it was in before an abandonment or expiry. */
function standing(status: FilingState, events: readonly TimelineEvent[]) {
  const last = [...events].sort((a, b) => a.at.getTime() - b.at.getTime()).at(-1);
  const stopped = STAGE_OF_STATE[status] === null;
  const effective = stopped && last?.fromStatus ? last.fromStatus : status;
  return { stage: STAGE_OF_STATE[effective] ?? 'APPLICATION', effective, stopped };
}

export function progressTimeline({ status, events, rules, now, calendar }: TimelineInput): ProgressStageView[] {
  const history = replay(events);
  const { stage: current, effective, stopped } = standing(status, events);
  const currentIndex = PROGRESS_STAGE_KEYS.indexOf(current);
  const iso = (d: Date | null) => (d ? d.toISOString() : null);

  return PROGRESS_STAGE_KEYS.map((key, index) => {
    const h = history.get(key) ?? { startedAt: null, endedAt: null, returns: 0 };
    const base = {
      key,
      party: STAGE_PARTY[key],
      startedAt: iso(h.startedAt),
      endedAt: iso(h.endedAt),
      returns: h.returns,
    };
    if (index < currentIndex || (key === 'COMPLETED' && status === 'COMPLETED')) {
      return { ...base, state: 'DONE', expectedBy: null, overdue: false };
    }
    if (index > currentIndex) return { ...base, state: 'UPCOMING', expectedBy: null, overdue: false };
    const returned = RETURNED_STATES.has(effective);
    // A returned stage waits on someone else's move (no rule), and a stopped filing expects nothing.
    const expected = returned || stopped || !h.startedAt ? null : stageExpectedBy(key, h.startedAt, rules, calendar);
    return {
      ...base,
      state: returned ? 'RETURNED' : 'CURRENT',
      expectedBy: iso(expected),
      overdue: expected !== null && now.getTime() >= expected.getTime(),
    };
  });
}
