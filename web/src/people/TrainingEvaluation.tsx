import { useState, type ReactNode } from 'react';
import {
  Alert, Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, InputNumber, List, Rate, Select, Space, Tag, Typography,
} from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type dayjs from 'dayjs';
import { api } from '../api/client';
import { errorText } from '../api/problem';

export interface TrainingReaction {
  id: number; programme_id: number; user_id: number; ratings: Record<string, number>; comment: string; created_at: string;
}
export interface TrainingLearning { assessed: number; passed: number; pass_rate: number | null; mean_score: number | null }
export interface TrainingEvaluationRecord {
  id: number; due_on: string; early_reason: string | null;
  reaction: { count: number; overall: number | null };
  learning: TrainingLearning;
  behaviour: { findings: string; rating: number };
  results: { findings: string; rating: number };
  conclusion: 'effective' | 'partly_effective' | 'not_effective';
  action_id: number | null; evaluated_at: string;
}
export interface TrainingEvaluationView {
  programme_id: number; evaluate_after_days: number; due_on: string | null;
  questions: { code: string; label_vi: string; label_en: string }[];
  reactions: { count: number; attendees: number; means: Record<string, number>; overall: number | null; comments: string[] };
  learning: TrainingLearning;
  my_reaction: TrainingReaction | null; can_react: boolean; manages: boolean;
  evaluation: TrainingEvaluationRecord | null;
}

const CONCLUSIONS = ['effective', 'partly_effective', 'not_effective'] as const;
const COLOURS = { effective: 'green', partly_effective: 'gold', not_effective: 'red' } as const;
const one = (n: number | null | undefined) => (n == null ? '—' : n.toFixed(1));
const percent = (n: number | null | undefined) => (n == null ? '—' : `${Math.round(n * 100)}%`);

/**
 * The participants' reaction and the evaluation of a programme's effectiveness (ISO 21001 7.2): the attendee's
 * reaction form, the averages for those who view the programme, and the evaluation form for those who run it.
 * Shows `fallback` when the caller may see none of it.
 */
export function TrainingEvaluationPanel({ id, fallback }: { id: number; fallback?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const view = useQuery({ queryKey: ['trainings', id, 'evaluation'], queryFn: () => api<TrainingEvaluationView>(`/trainings/${id}/evaluation`) });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['trainings', id, 'evaluation'] });
  if (view.error) return <>{fallback ?? <Alert type="error" showIcon message={errorText(view.error)} />}</>;
  const v = view.data;
  if (!v) return null;
  const label = (q: TrainingEvaluationView['questions'][number]) => (i18n.language === 'en' ? q.label_en : q.label_vi);
  return (
    <Space direction="vertical" style={{ width: '100%', marginTop: 16 }} size="middle">
      {(v.can_react || v.my_reaction) && <ReactionCard id={id} view={v} label={label} onDone={refresh} />}
      <Card size="small" title={t('peopleEval.reaction.summary')} data-testid="reaction-summary">
        <Typography.Paragraph>
          {t('peopleEval.reaction.count', { count: v.reactions.count, attendees: v.reactions.attendees })}
          {' · '}{t('peopleEval.reaction.overall')}: <strong data-testid="reaction-overall">{one(v.reactions.overall)}</strong> / 5
        </Typography.Paragraph>
        <Descriptions size="small" column={1} bordered>
          {v.questions.map((q) => (
            <Descriptions.Item key={q.code} label={label(q)}>{one(v.reactions.means[q.code])}</Descriptions.Item>
          ))}
          <Descriptions.Item label={t('peopleEval.learning.title')}>
            {t('peopleEval.learning.summary', { passed: v.learning.passed, assessed: v.learning.assessed, rate: percent(v.learning.pass_rate), mean: one(v.learning.mean_score) })}
          </Descriptions.Item>
        </Descriptions>
        {v.reactions.comments.length > 0 && (
          <List size="small" header={t('peopleEval.reaction.comments')} dataSource={v.reactions.comments}
            renderItem={(c) => <List.Item>{c}</List.Item>} />
        )}
      </Card>
      <EvaluationCard id={id} view={v} onDone={refresh} />
    </Space>
  );
}

function ReactionCard({ id, view, label, onDone }: {
  id: number; view: TrainingEvaluationView; label: (q: TrainingEvaluationView['questions'][number]) => string; onDone: () => void;
}) {
  const { t } = useTranslation();
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const mine = view.my_reaction;
  const send = async () => {
    setError(undefined);
    try {
      await api(`/trainings/${id}/reactions`, { method: 'POST', json: { ratings, comment } });
      onDone();
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <Card size="small" title={t('peopleEval.reaction.title')} data-testid="reaction-form">
      {mine && <Alert type="success" showIcon style={{ marginBottom: 8 }} message={t('peopleEval.reaction.given')} />}
      {view.questions.map((q) => (
        <div key={q.code} style={{ marginBottom: 8 }} data-testid={`question-${q.code}`}>
          <Typography.Text id={`q-${q.code}`}>{label(q)}</Typography.Text>
          <div>
            <Rate aria-labelledby={`q-${q.code}`} disabled={!!mine} value={mine ? mine.ratings[q.code] : ratings[q.code]}
              onChange={(n) => setRatings({ ...ratings, [q.code]: n })} />
          </div>
        </div>
      ))}
      <Input.TextArea aria-label={t('peopleEval.reaction.comment')} placeholder={t('peopleEval.reaction.comment')} maxLength={2000}
        disabled={!!mine} value={mine ? mine.comment : comment} onChange={(e) => setComment(e.target.value)} />
      {error && <Alert type="error" showIcon style={{ marginTop: 8 }} message={error} />}
      {!mine && <Button type="primary" style={{ marginTop: 8 }} onClick={() => void send()}>{t('peopleEval.reaction.send')}</Button>}
    </Card>
  );
}

interface EvaluationForm {
  behaviour_findings: string; behaviour_rating: number; results_findings: string; results_rating: number;
  conclusion: string; force?: boolean; reason?: string; action_title?: string; action_due?: dayjs.Dayjs;
}

function EvaluationCard({ id, view, onDone }: { id: number; view: TrainingEvaluationView; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EvaluationForm>();
  const [days, setDays] = useState<number | null>(view.evaluate_after_days);
  const [error, setError] = useState<string>();
  const conclusion = Form.useWatch('conclusion', form);
  const force = Form.useWatch('force', form);
  const e = view.evaluation;
  const saveDays = async () => {
    setError(undefined);
    try {
      await api(`/trainings/${id}/evaluation/settings`, { method: 'PUT', json: { evaluate_after_days: days } });
      onDone();
    } catch (x) {
      setError(errorText(x));
    }
  };
  const send = async (v: EvaluationForm) => {
    setError(undefined);
    const body: Record<string, unknown> = {
      behaviour_findings: v.behaviour_findings, behaviour_rating: v.behaviour_rating,
      results_findings: v.results_findings, results_rating: v.results_rating, conclusion: v.conclusion,
    };
    if (v.force) Object.assign(body, { force: true, reason: v.reason ?? '' });
    if (v.conclusion === 'not_effective' && v.action_title) {
      body.action = { title: v.action_title, ...(v.action_due ? { due_date: v.action_due.format('YYYY-MM-DD') } : {}) };
    }
    try {
      await api(`/trainings/${id}/evaluation`, { method: 'POST', json: body });
      onDone();
    } catch (x) {
      setError(errorText(x));
    }
  };
  return (
    <Card size="small" title={t('peopleEval.evaluation.title')} data-testid="evaluation">
      <Typography.Paragraph type="secondary">
        {view.due_on ? t('peopleEval.evaluation.due', { date: view.due_on, days: view.evaluate_after_days }) : t('peopleEval.evaluation.noSession')}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon style={{ marginBottom: 8 }} message={error} />}
      {e ? (
        <Descriptions size="small" column={1} bordered data-testid="evaluation-result">
          <Descriptions.Item label={t('peopleEval.evaluation.conclusion')}>
            <Tag color={COLOURS[e.conclusion]}>{t(`peopleEval.conclusions.${e.conclusion}`)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('peopleEval.evaluation.reaction')}>{one(e.reaction.overall)} / 5 ({e.reaction.count})</Descriptions.Item>
          <Descriptions.Item label={t('peopleEval.evaluation.learning')}>
            {t('peopleEval.learning.summary', { passed: e.learning.passed, assessed: e.learning.assessed, rate: percent(e.learning.pass_rate), mean: one(e.learning.mean_score) })}
          </Descriptions.Item>
          <Descriptions.Item label={t('peopleEval.evaluation.behaviour')}>{e.behaviour.rating} / 5 — {e.behaviour.findings}</Descriptions.Item>
          <Descriptions.Item label={t('peopleEval.evaluation.results')}>{e.results.rating} / 5 — {e.results.findings}</Descriptions.Item>
          {e.early_reason && <Descriptions.Item label={t('peopleEval.evaluation.reason')}>{e.early_reason}</Descriptions.Item>}
          {e.action_id && <Descriptions.Item label={t('peopleEval.evaluation.action')}><Link to={`/actions?source_type=training_evaluation&source_id=${id}`}>#{e.action_id}</Link></Descriptions.Item>}
        </Descriptions>
      ) : view.manages ? (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            <Typography.Text id="evaluate-after">{t('peopleEval.evaluation.afterDays')}</Typography.Text>
            <InputNumber aria-labelledby="evaluate-after" min={1} max={1095} value={days} onChange={setDays} />
            <Button onClick={() => void saveDays()}>{t('common.save')}</Button>
          </Space>
          <Form form={form} layout="vertical" onFinish={(v) => void send(v)} initialValues={{ conclusion: 'effective' }}>
            <Form.Item name="behaviour_findings" label={t('peopleEval.evaluation.behaviourFindings')} rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea maxLength={10000} />
            </Form.Item>
            <Form.Item name="behaviour_rating" label={t('peopleEval.evaluation.behaviourRating')} rules={[{ required: true }]}>
              <Select options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }))} />
            </Form.Item>
            <Form.Item name="results_findings" label={t('peopleEval.evaluation.resultsFindings')} rules={[{ required: true, whitespace: true }]}>
              <Input.TextArea maxLength={10000} />
            </Form.Item>
            <Form.Item name="results_rating" label={t('peopleEval.evaluation.resultsRating')} rules={[{ required: true }]}>
              <Select options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: String(n) }))} />
            </Form.Item>
            <Form.Item name="conclusion" label={t('peopleEval.evaluation.conclusion')} rules={[{ required: true }]}>
              <Select options={CONCLUSIONS.map((c) => ({ value: c, label: t(`peopleEval.conclusions.${c}`) }))} />
            </Form.Item>
            {conclusion === 'not_effective' && (
              <Space wrap>
                <Form.Item name="action_title" label={t('peopleEval.evaluation.actionTitle')}><Input maxLength={300} style={{ width: 320 }} /></Form.Item>
                <Form.Item name="action_due" label={t('peopleEval.evaluation.actionDue')}><DatePicker format="DD/MM/YYYY" /></Form.Item>
              </Space>
            )}
            <Form.Item name="force" valuePropName="checked"><Checkbox>{t('peopleEval.evaluation.force')}</Checkbox></Form.Item>
            {force && (
              <Form.Item name="reason" label={t('peopleEval.evaluation.reason')}><Input.TextArea maxLength={2000} /></Form.Item>
            )}
            <Button type="primary" htmlType="submit">{t('peopleEval.evaluation.record')}</Button>
          </Form>
        </>
      ) : (
        <Typography.Text type="secondary">{t('peopleEval.evaluation.none')}</Typography.Text>
      )}
    </Card>
  );
}
