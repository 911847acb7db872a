import { Select, type SelectProps } from 'antd';

/**
 * antd's Select for a required form field: Form.Item marks its child `aria-required`, which Select puts on its
 * wrapper <div>, where ARIA does not allow it (axe: aria-allowed-attr). The asterisk and the validation message
 * still say that the field is required.
 */
export function FormSelect(props: SelectProps) {
  const { 'aria-required': _required, ...rest } = props;
  return <Select {...rest} />;
}
