import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import i18n from '../i18n';
import { ImportedRowsTable, RowErrorTable } from './RowReport';

describe('CSV row report', () => {
  it('lists each bad row with its column and message, by row number', async () => {
    await i18n.changeLanguage('vi');
    render(
      <I18nextProvider i18n={i18n}>
        <RowErrorTable
          errors={[
            { code: 'validation.reference_not_found', field: 'parent_code', row: '12', detail: "Trường 'parent_code' trỏ tới một bản ghi không tồn tại." },
            { code: 'validation.empty', field: 'name', row: '3', detail: "Trường 'name' không được để trống." },
          ]}
        />
      </I18nextProvider>,
    );
    const table = screen.getByRole('table');
    expect(within(table).getByText('Báo cáo theo dòng')).toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Dòng', 'Cột', 'Lỗi']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(within(rows[0]).getAllByRole('cell').map((c) => c.textContent)).toEqual(['3', 'name', "Trường 'name' không được để trống."]);
    expect(within(rows[1]).getAllByRole('cell')[0]).toHaveTextContent('12');
  });

  it('lists imported rows with their code or e-mail', async () => {
    await i18n.changeLanguage('en');
    render(
      <I18nextProvider i18n={i18n}>
        <ImportedRowsTable rows={[{ row: 2, id: 40, code: 'THPT-A' }, { row: 3, id: 41, email: 'a@b.vn' }]} />
      </I18nextProvider>,
    );
    expect(screen.getByText('Row report')).toBeInTheDocument();
    expect(screen.getByText('THPT-A')).toBeInTheDocument();
    expect(screen.getByText('a@b.vn')).toBeInTheDocument();
  });
});
