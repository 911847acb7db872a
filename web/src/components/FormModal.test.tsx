import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp, DatePicker, Form, Input, TreeSelect } from 'antd';
import { I18nextProvider } from 'react-i18next';
import i18n from '../i18n';
import { FormModal } from './FormModal';

function open(onClose: () => void) {
  render(
    <I18nextProvider i18n={i18n}>
      <AntApp>
        <FormModal title="Thêm hành động" fields={['title', 'clauses', 'due']} send={vi.fn()} onClose={onClose}>
          <Form.Item name="title" label="Tiêu đề"><Input /></Form.Item>
          {/* The clause pickers are TreeSelects; they and the date pickers let Escape through to the dialog. */}
          <Form.Item name="clauses" label="Điều khoản">
            <TreeSelect treeData={[{ value: 1, title: '4 Bối cảnh', children: [{ value: 2, title: '4.1 Hiểu tổ chức' }] }]} />
          </Form.Item>
          <Form.Item name="due" label="Hạn hoàn thành"><DatePicker /></Form.Item>
        </FormModal>
      </AntApp>
    </I18nextProvider>,
  );
}

describe('FormModal', () => {
  it('closes an open clause dropdown on Escape and keeps the dialog with what was typed', async () => {
    const onClose = vi.fn();
    open(onClose);
    fireEvent.change(screen.getByLabelText('Tiêu đề'), { target: { value: 'Bổ sung biên bản' } });
    const clauses = screen.getByLabelText('Điều khoản');
    fireEvent.mouseDown(clauses.closest('.ant-select')!.querySelector('.ant-select-selector')!);
    await screen.findByText('4 Bối cảnh');
    expect(clauses).toHaveAttribute('aria-expanded', 'true');
    fireEvent.keyDown(clauses, { key: 'Escape', code: 'Escape', keyCode: 27 });
    await waitFor(() => expect(clauses).toHaveAttribute('aria-expanded', 'false'));
    expect(onClose).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Tiêu đề')).toHaveValue('Bổ sung biên bản');
  });

  it('closes an open calendar on Escape and keeps the dialog', async () => {
    const onClose = vi.fn();
    open(onClose);
    const due = screen.getByLabelText('Hạn hoàn thành');
    fireEvent.mouseDown(due);
    fireEvent.click(due);
    await waitFor(() => expect(document.querySelector('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')).not.toBeNull());
    fireEvent.keyDown(due, { key: 'Escape', code: 'Escape', keyCode: 27 });
    expect(onClose).not.toHaveBeenCalled();
  });

  it('still closes on Escape when no dropdown is open', () => {
    const onClose = vi.fn();
    open(onClose);
    fireEvent.keyDown(screen.getByLabelText('Tiêu đề'), { key: 'Escape', code: 'Escape', keyCode: 27 });
    expect(onClose).toHaveBeenCalled();
  });
});
