// A questionnaire as respondents will see it on the answering page, in either language, for the editor.
import { Card, Checkbox, Input, InputNumber, Radio, Space, Typography } from 'antd';
import type { Definition, Question } from './types';

function QuestionPreview({ q, en, requiredLabel }: { q: Question; en: boolean; requiredLabel: string }) {
  const text = (x: { vi: string; en: string }) => (en ? x.en : x.vi);
  const points = (lo: number, hi: number, labels?: { vi: string; en: string }[]) => (
    <Radio.Group options={Array.from({ length: hi - lo + 1 }, (_, i) => ({
      value: lo + i, label: labels ? `${lo + i} — ${text(labels[i])}` : String(lo + i),
    }))} />
  );
  let body;
  switch (q.type) {
    case 'likert': body = points(1, 5, q.scale); break;
    case 'recommend': body = points(0, 10); break;
    case 'single': body = <Radio.Group options={(q.options ?? []).map((o, i) => ({ value: i, label: text(o) }))} />; break;
    case 'multiple': body = <Checkbox.Group options={(q.options ?? []).map((o, i) => ({ value: i, label: text(o) }))} />; break;
    case 'grid': body = (q.rows ?? []).map((r, i) => <div key={i}><Typography.Text>{text(r)}</Typography.Text><br />{points(1, 5, q.scale)}</div>); break;
    case 'number': body = <InputNumber min={q.min} max={q.max} aria-label={text(q.text)} />; break;
    case 'short_text': body = <Input maxLength={q.max_length} aria-label={text(q.text)} />; break;
    default: body = <Input.TextArea maxLength={q.max_length} aria-label={text(q.text)} />;
  }
  return (
    <fieldset style={{ border: '1px solid #ddd', borderRadius: 6, padding: 8, marginBottom: 8 }}>
      <legend style={{ fontWeight: 600, fontSize: 14, width: 'auto', marginBottom: 4 }}>{text(q.text)}{q.required ? ` (${requiredLabel})` : ''}</legend>
      <Space direction="vertical">{body}</Space>
    </fieldset>
  );
}

export function Preview({ definition, en, requiredLabel }: { definition: Definition; en: boolean; requiredLabel: string }) {
  return (
    <Card size="small" data-testid="questionnaire-preview" lang={en ? 'en' : 'vi'}>
      <Typography.Title level={3} style={{ fontSize: 18 }}>{en ? definition.title.en : definition.title.vi}</Typography.Title>
      {definition.sections.map((s, i) => (
        <section key={i}>
          <Typography.Title level={4} style={{ fontSize: 16 }}>{en ? s.title.en : s.title.vi}</Typography.Title>
          {s.questions.map((q) => <QuestionPreview key={q.key} q={q} en={en} requiredLabel={requiredLabel} />)}
        </section>
      ))}
    </Card>
  );
}
