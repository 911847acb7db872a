import { useState, type ReactNode } from 'react';
import { Alert, App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyProblem, isStale } from '../api/problem';
import { guardedDialog } from './escapeGuard';

interface Props<V> {
  title: ReactNode;
  /** The form's field names: the API's problem+json errors about them are shown beside them, the rest above the form. */
  fields: readonly string[];
  /** Sends the values; the dialog stays open, showing the errors, if this throws. */
  send: (values: V) => Promise<void>;
  onClose: () => void;
  /** Called (after a warning) when someone else changed the record meanwhile; without it that is an error like any other. */
  onStale?: () => void;
  okText?: string;
  initialValues?: object;
  children: ReactNode;
}

/**
 * A form sent to the API by `submit(x)`, which runs `send(x)`: `busy` meanwhile; then the problem+json errors about
 * `fields` beside those fields and the rest in `error`, or, for a stale version with `onStale`, a warning and onStale().
 */
export function useApiForm<X>(fields: readonly string[], send: (x: X) => Promise<void>, onStale?: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (x: X) => {
    setError(null);
    setBusy(true);
    try {
      await send(x);
    } catch (e) {
      if (onStale && isStale(e)) {
        message.warning(t('common.staleVersion'));
        onStale();
      } else {
        setError(applyProblem(form, e, fields));
      }
    } finally {
      setBusy(false);
    }
  };
  return { form, error, busy, submit };
}

/** A dialog with one vertical form that is sent to the API. */
export function FormModal<V>({ title, fields, send, onClose, onStale, okText, initialValues, children }: Props<V>) {
  const { t } = useTranslation();
  const { form, error, busy, submit } = useApiForm(fields, send, onStale);

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      destroyOnClose
      modalRender={guardedDialog}
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(v: V) => void submit(v)} initialValues={initialValues}>
        {children}
      </Form>
    </Modal>
  );
}
