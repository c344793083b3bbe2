import { Dropdown, Field, Option } from '@fluentui/react-components'

interface Props<C extends string> {
  label: string
  codes: readonly C[]
  labelOf: (code: C) => string
  value: C | null
  onChange: (code: C | null) => void
  /** Offers a first choice meaning "no filter" (null). */
  allLabel?: string
  required?: boolean
  validationMessage?: string
  className?: string
  autoFocus?: boolean
  /** A filter in a toolbar: no visible label, the label becomes the accessible name. */
  compact?: boolean
}

/** A choice among vocabulary codes (role kinds, body levels), shown by their Norwegian labels. */
export function CodeDropdown<C extends string>(props: Props<C>) {
  const { label, codes, labelOf, value, onChange, allLabel, compact } = props
  return (
    <Field
      label={compact ? undefined : label}
      required={props.required}
      validationMessage={props.validationMessage}
      className={props.className}
    >
      <Dropdown
        aria-label={compact ? label : undefined}
        // Fluent's default min-width would override the width the Field is given.
        style={{ minWidth: 0 }}
        autoFocus={props.autoFocus}
        value={
          value === null
            ? allLabel && compact
              ? `${label}: ${allLabel.toLowerCase()}`
              : (allLabel ?? '')
            : labelOf(value)
        }
        selectedOptions={[value ?? '']}
        onOptionSelect={(_, d) => onChange(codes.find((c) => c === d.optionValue) ?? null)}
      >
        {allLabel !== undefined && <Option value="">{allLabel}</Option>}
        {codes.map((code) => (
          <Option key={code} value={code}>
            {labelOf(code)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  )
}
