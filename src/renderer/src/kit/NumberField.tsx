import { Field, Input } from '@fluentui/react-components'

interface Props {
  label: string
  value: number | null | undefined
  /** Empty is null: "not set", for the schema to refuse or for a default to apply. */
  onChange: (value: number | null) => void
  validationMessage?: string
  required?: boolean
  hint?: string
  min?: number
  max?: number
}

/** A whole number; spread `form.bind('days')` into it. */
export function NumberField({ label, value, onChange, validationMessage, required, hint, min, max }: Props) {
  return (
    <Field label={label} required={required} validationMessage={validationMessage} hint={hint}>
      <Input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={value === null || value === undefined || Number.isNaN(value) ? '' : String(value)}
        onChange={(_, d) => onChange(d.value.trim() === '' ? null : Number(d.value))}
      />
    </Field>
  )
}
