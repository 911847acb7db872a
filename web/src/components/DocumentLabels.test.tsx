import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import i18n from '../i18n';
import { DOCUMENT_STATUSES, DOCUMENT_TYPES } from '../api/types';
import { DocumentStateTags, DocumentStatusTag, DocumentTypeLabel, ReviewOverdueTag, SearchSnippet } from './DocumentLabels';

const VI_TYPES = {
  policy: 'Chính sách', manual: 'Sổ tay', procedure: 'Quy trình', work_instruction: 'Hướng dẫn công việc',
  form: 'Biểu mẫu', plan: 'Kế hoạch', external: 'Tài liệu bên ngoài',
};
const VI_STATUSES = { draft: 'Dự thảo', published: 'Đã ban hành', obsolete: 'Hết hiệu lực' };

function wrap(ui: React.ReactNode) {
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

describe('document labels', () => {
  it('says a document is in review when its revision is, as the list shows it', async () => {
    await i18n.changeLanguage('vi');
    const shown = (status: 'draft' | 'published', open: 'draft' | 'in_review' | null) => {
      const { container, unmount } = wrap(<DocumentStateTags status={status} open={open} />);
      const text = [...container.querySelectorAll('.ant-tag')].map((e) => e.textContent);
      unmount();
      return text;
    };
    expect(shown('draft', 'in_review')).toEqual(['Đang xem xét']);
    expect(shown('draft', 'draft')).toEqual(['Dự thảo']);
    expect(shown('published', 'in_review')).toEqual(['Đã ban hành', 'Đang xem xét']);
    expect(shown('published', null)).toEqual(['Đã ban hành']);
  });

  it('maps every type and status to its Vietnamese label', async () => {
    await i18n.changeLanguage('vi');
    for (const type of DOCUMENT_TYPES) {
      const { container, unmount } = wrap(<DocumentTypeLabel type={type} />);
      expect(container).toHaveTextContent(VI_TYPES[type]);
      unmount();
    }
    for (const status of DOCUMENT_STATUSES) {
      const { container, unmount } = wrap(<DocumentStatusTag status={status} />);
      expect(container).toHaveTextContent(VI_STATUSES[status]);
      unmount();
    }
  });

  it('switches to English labels', async () => {
    await i18n.changeLanguage('en');
    const { unmount } = wrap(
      <>
        <DocumentTypeLabel type="work_instruction" />
        <DocumentStatusTag status="published" />
        <ReviewOverdueTag overdue />
      </>,
    );
    expect(screen.getByText('Work instruction')).toBeInTheDocument();
    expect(screen.getByText('Published')).toBeInTheDocument();
    expect(screen.getByTestId('review-overdue')).toHaveTextContent('review overdue');
    unmount();
    await i18n.changeLanguage('vi');
  });

  it('shows the overdue tag only when overdue', async () => {
    await i18n.changeLanguage('vi');
    const { rerender } = wrap(<ReviewOverdueTag overdue={false} />);
    expect(screen.queryByTestId('review-overdue')).toBeNull();
    rerender(<I18nextProvider i18n={i18n}><ReviewOverdueTag overdue /></I18nextProvider>);
    expect(screen.getByTestId('review-overdue')).toHaveTextContent('quá hạn xem xét');
  });

  it('renders the snippet with its <mark> highlighting and escaped text', () => {
    wrap(<SearchSnippet html={'… <mark>Kiểm</mark> soát &lt;b&gt; tài liệu …'} />);
    const el = screen.getByTestId('doc-snippet');
    const marks = el.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent('Kiểm');
    expect(el.querySelector('b')).toBeNull();
    expect(el).toHaveTextContent('… Kiểm soát <b> tài liệu …');
  });
});
