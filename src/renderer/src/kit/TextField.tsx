import { Field, Input, Textarea } from '@fluentui/react-components'

interface Props {
  label: string
  value: string | null | undefined
  onChange: (value: string) => void
  validationMessage?: string
  required?: boolean
  autoFocus?: boolean
  multiline?: boolean
  type?: 'text' | 'email' | 'tel'
  hint?: string
  className?: string
}

/** A labelled text input with its error message; spread `form.bind('name')` into it. */
export function TextField({
  label,
  value,
  onChange,
  validationMessage,
  required,
  autoFocus,
  multiline,
  type,
  hint,
  className,
}: Props) {
  return (
    <Field label={label} required={required} validationMessage={validationMessage} hint={hint} className={className}>
      {multiline ? (
        <Textarea value={value ?? ''} onChange={(_, d) => onChange(d.value)} resize="vertical" rows={2} />
      ) : (
        <Input autoFocus={autoFocus} type={type} value={value ?? ''} onChange={(_, d) => onChange(d.value)} />
      )}
    </Field>
  )
}
