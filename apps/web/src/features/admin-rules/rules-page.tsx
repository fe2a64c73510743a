// /admin/rules: the province rules (verification sheet, app check, bureau review time) and the MIIT suffix list,
// each with the version in force, an edit that publishes the next version with a reason, and the history.
import type { ProvinceRuleSet } from '@beian/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert.tsx';
import { Card } from '../../components/ui/card.tsx';
import { PageHeader } from '../../components/ui/page-header.tsx';
import { useProvinceRules, useProvinceRulesHistory, useSuffixes, useSuffixHistory } from './api/rules-api.ts';
import { ProvinceRuleForm } from './components/province-rule-form.tsx';
import { ProvinceRulesTable } from './components/province-rules-table.tsx';
import { QueryState } from './components/query-state.tsx';
import { RulesHistory } from './components/rules-history.tsx';
import { SuffixEditor } from './components/suffix-editor.tsx';
import { SuffixHistory } from './components/suffix-history.tsx';
import { VersionMeta } from './components/version-meta.tsx';
import './admin-rules.css';

function ProvinceRules({ set }: { set: ProvinceRuleSet }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [published, setPublished] = useState<number | null>(null);
  const rules = set.provinces.find((p) => p.provinceCode === editing);
  return (
    <>
      <VersionMeta meta={set} />
      <div aria-live="polite">
        {published !== null ? (
          <Alert tone="success">{t('adminRules.form.published', { version: published })}</Alert>
        ) : null}
      </div>
      {rules ? (
        <ProvinceRuleForm
          key={`${rules.provinceCode}-${set.version}`}
          set={set}
          rules={rules}
          onPublished={(version) => {
            setPublished(version);
            setEditing(null);
          }}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      <ProvinceRulesTable
        provinces={set.provinces}
        editing={editing}
        onEdit={(code) => {
          setPublished(null);
          setEditing(code);
        }}
      />
    </>
  );
}

export function RulesPage() {
  const { t } = useTranslation();
  const rules = useProvinceRules();
  const rulesHistory = useProvinceRulesHistory();
  const suffixes = useSuffixes();
  const suffixHistory = useSuffixHistory();
  const [suffixPublished, setSuffixPublished] = useState<number | null>(null);

  return (
    <>
      <PageHeader title={t('adminRules.title')} intro={t('adminRules.intro')} />
      <Card title={t('adminRules.provinces.heading')}>
        <QueryState query={rules}>{(set) => <ProvinceRules set={set} />}</QueryState>
      </Card>
      <Card title={t('adminRules.history.heading')}>
        <QueryState query={rulesHistory}>{(history) => <RulesHistory history={history} />}</QueryState>
      </Card>
      <Card title={t('adminRules.suffixes.heading')}>
        <p className="muted">{t('adminRules.suffixes.intro')}</p>
        <QueryState query={suffixes}>
          {(current) => (
            <>
              <VersionMeta meta={current} />
              <div aria-live="polite">
                {suffixPublished !== null ? (
                  <Alert tone="success">{t('adminRules.suffixes.published', { version: suffixPublished })}</Alert>
                ) : null}
              </div>
              <SuffixEditor key={current.version} current={current} onPublished={setSuffixPublished} />
            </>
          )}
        </QueryState>
        <QueryState query={suffixHistory}>{(history) => <SuffixHistory history={history} />}</QueryState>
      </Card>
    </>
  );
}
