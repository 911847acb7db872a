import { App, Button, Checkbox, DatePicker, Form, Input, Radio, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { FormModal } from '../components/FormModal';
import { UserSelect } from '../components/RemoteSelect';
import { DEFAULT_TZ } from '../format';
import { CAUSE_CATEGORIES, ROOT_CAUSE_METHODS, type Nonconformity, type NcAction } from './types';
import { ncStepBody, type StepValues } from './workflow';

/**
 * The fields each step's form shows: the server's errors about them go beside them, any other above the form (a
 * verdict refused because the verifier owns an action names verifier_id, which the verdict's form does not show).
 */
const FIELDS: Partial<Record<NcAction, string[]>> = {
  contain: ['correction'],
  analyse: ['root_cause_method', 'root_cause', 'whys[]', 'categories'],
  plan: ['effectiveness_criterion', 'verification_due', 'verifier_id'],
};

type Values = Omit<StepValues, 'verification_due'> & { verification_due?: Dayjs };

/** Today in Vietnam, the calendar the server checks dates against. */
const today = () => dayjs(dayjs().tz(DEFAULT_TZ).format('YYYY-MM-DD'));

/** One step of the corrective-action workflow, with the fields that step records. */
export function NcStepModal({
  nc, action, onClose, onDone,
}: { nc: Nonconformity; action: NcAction; onClose: () => void; onDone: (nc?: Nonconformity) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = t(`improvement.nc.workflow.${action}`);
  const verdict = action === 'verify_effective' || action === 'verify_ineffective';

  const send = async (v: Values) => {
    const body = ncStepBody(action, nc.version, { ...v, verification_due: v.verification_due?.format('YYYY-MM-DD') });
    const saved = await api<Nonconformity>(`/nonconformities/${nc.id}/transitions`, { method: 'POST', json: body });
    message.success(t('improvement.nc.recorded', { action: label }));
    onDone(saved);
  };

  return (
    <FormModal
      title={`${label}: #${nc.id} ${nc.title}`}
      fields={[...(FIELDS[action] ?? []), 'comment']}
      send={send}
      onClose={onClose}
      onStale={() => onDone()}
      okText={label}
      initialValues={action === 'analyse' ? { root_cause_method: 'five_whys', whys: [''] } : {}}
    >
      {action === 'contain' && (
        <Form.Item name="correction" label={t('improvement.nc.correction')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      )}
      {action === 'analyse' && <RootCauseFields />}
      {action === 'plan' && (
        <>
          <Form.Item name="effectiveness_criterion" label={t('improvement.nc.criterion')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={2} maxLength={5000} />
          </Form.Item>
          <Form.Item name="verification_due" label={t('improvement.nc.verificationDue')} extra={t('improvement.nc.verificationDueHelp')}
            rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isBefore(today(), 'day')} />
          </Form.Item>
          <Form.Item name="verifier_id" label={t('improvement.nc.verifier')} extra={t('improvement.nc.verifierHelp')} rules={[{ required: true }]}>
            <UserSelect />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="comment"
        label={t('improvement.nc.comment')}
        rules={[{ required: verdict, whitespace: true, message: t('improvement.nc.commentRequired') }]}
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

/** The root-cause analysis: five whys (1 to 5 answers) or cause categories, and the conclusion. */
function RootCauseFields() {
  const { t } = useTranslation();
  return (
    <>
      {/* Radio and checkbox groups are <div>s, where Form.Item's aria-required is not allowed: one is always chosen here,
          and the categories are checked by a validator. */}
      <Form.Item name="root_cause_method" label={t('improvement.nc.method')}>
        <Radio.Group options={ROOT_CAUSE_METHODS.map((m) => ({ value: m, label: t(`improvement.nc.methods.${m}`) }))} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.root_cause_method !== b.root_cause_method}>
        {({ getFieldValue }) => (getFieldValue('root_cause_method') === 'categories' ? (
          <Form.Item name="categories" label={t('improvement.nc.categories')}
            rules={[{
              validator: async (_, v?: string[]) => {
                if (!v?.length) throw new Error(t('improvement.nc.categoriesRequired'));
              },
            }]}>
            <Checkbox.Group options={CAUSE_CATEGORIES.map((c) => ({ value: c, label: t(`improvement.nc.causes.${c}`) }))} />
          </Form.Item>
        ) : <Whys />)}
      </Form.Item>
      <Form.Item name="root_cause" label={t('improvement.nc.rootCauseSummary')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
    </>
  );
}

function Whys() {
  const { t } = useTranslation();
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '0 0 16px' }} data-testid="whys">
      <legend style={{ fontSize: 14, marginBottom: 8, border: 0 }}>{t('improvement.nc.whys')}</legend>
      <Form.List
        name="whys"
        rules={[{
          validator: async (_, whys?: string[]) => {
            if (!whys?.some((w) => w?.trim())) throw new Error(t('improvement.nc.whysRequired'));
          },
        }]}
      >
        {(rows, { add, remove }, { errors }) => (
          <>
            {rows.map((row, i) => (
              <Space key={row.key} align="start" style={{ display: 'flex' }}>
                <Form.Item name={row.name} label={t('improvement.nc.why', { n: i + 1 })} style={{ marginBottom: 8, width: 360, maxWidth: '70vw' }}>
                  <Input maxLength={1000} />
                </Form.Item>
                {rows.length > 1 && (
                  <Button icon={<DeleteOutlined />} aria-label={t('improvement.nc.removeWhy', { n: i + 1 })} onClick={() => remove(row.name)} style={{ marginTop: 30 }} />
                )}
              </Space>
            ))}
            {rows.length < 5 && <Button icon={<PlusOutlined />} onClick={() => add('')}>{t('improvement.nc.addWhy')}</Button>}
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </fieldset>
  );
}
