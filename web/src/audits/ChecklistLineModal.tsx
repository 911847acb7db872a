import { Alert, App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { FormModal } from '../components/FormModal';
import { FormSelect } from '../components/FormSelect';
import { clauseRefsText } from './labels';
import { LINE_RESULTS, type ChecklistLine, type LineResult } from './types';
import { raisedBy } from './workflow';

interface Values { question?: string; result?: LineResult; evidence?: string; finding?: string }

/** What a line's answer sends: the texts as they are, the result once chosen, the finding when written. */
export function lineBody(version: number, v: Values): Record<string, unknown> {
  const body: Record<string, unknown> = { version, question: v.question ?? '', evidence: v.evidence ?? '' };
  if (v.result) body.result = v.result;
  if (v.finding?.trim()) body.finding = v.finding;
  return body;
}

/**
 * Answers one line of the integrated checklist: its question, result, objective evidence and finding. A
 * nonconformity or an opportunity needs a finding, and saving it raises the record (then the result is fixed).
 * With `prepare` (a planned audit), only the question, which the auditors write before the audit.
 */
export function ChecklistLineModal({
  auditId, line, prepare = false, onClose, onSaved,
}: { auditId: number; line: ChecklistLine; prepare?: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const raised = line.nonconformity_id !== null || line.improvement_id !== null;

  const send = async (v: Values) => {
    const json = prepare ? { version: line.version, question: v.question ?? '' } : lineBody(line.version, v);
    await api<ChecklistLine>(`/audits/${auditId}/checklist/${line.id}`, { method: 'PATCH', json });
    message.success(t('common.saved'));
    onSaved();
  };

  const clauses = clauseRefsText(line.clauses);
  return (
    <FormModal
      title={t(prepare ? 'audits.checklist.prepareTitle' : 'audits.checklist.answerTitle', { n: line.position, clauses })}
      fields={['question', 'result', 'evidence', 'finding']}
      send={send}
      onClose={onClose}
      onStale={onSaved}
      initialValues={{ question: line.question, result: line.result ?? undefined, evidence: line.evidence, finding: line.finding ?? '' }}
    >
      <Form.Item name="question" label={t('audits.checklist.question')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {!prepare && <AnswerFields raised={raised} />}
    </FormModal>
  );
}

/** The result, objective evidence and finding of a line being answered. */
function AnswerFields({ raised }: { raised: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="result" label={t('audits.checklist.result')} extra={raised ? t('audits.checklist.resultLocked') : undefined}>
        <FormSelect disabled={raised} options={LINE_RESULTS.map((r) => ({ value: r, label: t(`audits.results.${r}`) }))} />
      </Form.Item>
      <Form.Item name="evidence" label={t('audits.checklist.evidence')}>
        <Input.TextArea rows={3} maxLength={10000} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.result !== b.result}>
        {({ getFieldValue }) => {
          const raises = raised ? null : raisedBy(getFieldValue('result'));
          return (
            <>
              <Form.Item
                name="finding"
                label={t('audits.checklist.finding')}
                extra={t('audits.checklist.findingHelp')}
                rules={[{ required: raises !== null, whitespace: true, message: t('audits.checklist.findingRequired') }]}
              >
                <Input maxLength={300} />
              </Form.Item>
              {raises && (
                <Alert
                  type="info"
                  showIcon
                  message={raises === 'nonconformity' ? t('audits.checklist.raisesNc') : t('audits.checklist.raisesImprovement')}
                />
              )}
            </>
          );
        }}
      </Form.Item>
    </>
  );
}
