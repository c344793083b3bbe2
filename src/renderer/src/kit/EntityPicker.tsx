import { Combobox, Field, Option } from '@fluentui/react-components'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { matchesQuery } from '../../../shared/text'

export interface PickerOption {
  id: number
  label: string
  /** Shown after the label, e.g. the organisation of a person. */
  detail?: string | null
  /** Shown when already chosen, never offered as a new choice (a restricted person). */
  withheld?: boolean
}

interface Props {
  label: string
  value: number | null | undefined
  options: readonly PickerOption[]
  onChange: (id: number | null) => void
  validationMessage?: string
  required?: boolean
  placeholder?: string
  /** No visible label (a toolbar filter, or inside a larger field): the label names it for screen readers. */
  compact?: boolean
  className?: string
}

const shownLimit = 80

/** A searchable choice among register entries; typing filters by every word, æøå included. */
export function EntityPicker({
  label,
  value,
  options,
  onChange,
  validationMessage,
  required,
  placeholder,
  compact,
  className,
}: Props) {
  const { t } = useTranslation()
  const selected = options.find((o) => o.id === value)
  const [query, setQuery] = useState<string | null>(null)
  const matches = useMemo(() => {
    const offered = options.filter((o) => !o.withheld || o.id === value)
    return (query ? offered.filter((o) => matchesQuery(query, [o.label, o.detail])) : offered).slice(0, shownLimit)
  }, [options, query, value])
  return (
    <Field
      label={compact ? undefined : label}
      validationMessage={validationMessage}
      required={required}
      className={className}
    >
      <Combobox
        aria-label={compact ? label : undefined}
        // Fluent's default min-width would override the width the Field is given.
        style={{ minWidth: 0 }}
        clearable={!required}
        placeholder={placeholder ?? (compact ? `${label}: ${t('app.all').toLowerCase()}` : t('app.search'))}
        value={query ?? selected?.label ?? ''}
        selectedOptions={value == null ? [] : [String(value)]}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, data) => {
          setQuery(null)
          onChange(data.optionValue ? Number(data.optionValue) : null)
        }}
        onBlur={() => setQuery(null)}
      >
        {matches.map((o) => (
          <Option key={o.id} value={String(o.id)} text={o.label}>
            {o.detail ? `${o.label} · ${o.detail}` : o.label}
          </Option>
        ))}
        {matches.length === 0 && (
          <Option disabled value="" text="">
            {t('register.noMatches', { query: query ?? '' })}
          </Option>
        )}
        {matches.length === shownLimit && (
          <Option disabled value="" text="">
            {t('register.typeToNarrow')}
          </Option>
        )}
      </Combobox>
    </Field>
  )
}
