import { Field } from '@fluentui/react-components'
import { DayOfWeek, FirstWeekOfYear, type CalendarStrings } from '@fluentui/react-calendar-compat'
import { DatePicker } from '@fluentui/react-datepicker-compat'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, parseNorwegianDate } from '../../../shared/dates'

interface Props {
  label: string
  /** An ISO date (`2026-11-23`), or null for none. */
  value: string | null | undefined
  onChange: (value: string | null) => void
  required?: boolean
  validationMessage?: string
  className?: string
}

const toDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(y, m - 1, d)
}
const toIso = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`

/**
 * A date the Norwegian way, whatever the browser's language: typed as 23.11.2026 (or picked in a
 * calendar with Monday first and ISO week numbers), stored as 2026-11-23.
 */
export function DateField({ label, value, onChange, required, validationMessage, className }: Props) {
  const { t } = useTranslation()
  const [typedWrong, setTypedWrong] = useState(false)
  const strings = useMemo<CalendarStrings>(
    () => ({
      months: t('calendar.months').split(','),
      shortMonths: t('calendar.shortMonths').split(','),
      days: t('calendar.days').split(','),
      shortDays: t('calendar.shortDays').split(','),
      goToToday: t('calendar.goToToday'),
      prevMonthAriaLabel: t('calendar.prevMonth'),
      nextMonthAriaLabel: t('calendar.nextMonth'),
      prevYearAriaLabel: t('calendar.prevYear'),
      nextYearAriaLabel: t('calendar.nextYear'),
      closeButtonAriaLabel: t('calendar.close'),
      weekNumberFormatString: t('calendar.weekNumber'),
    }),
    [t],
  )
  return (
    <Field
      label={label}
      required={required}
      className={className}
      validationMessage={typedWrong ? t('validation.invalidDate', { field: label }) : validationMessage}
    >
      <DatePicker
        allowTextInput
        showWeekNumbers
        firstDayOfWeek={DayOfWeek.Monday}
        firstWeekOfYear={FirstWeekOfYear.FirstFourDayWeek}
        strings={strings}
        placeholder={t('calendar.placeholder')}
        value={value ? toDate(value) : null}
        formatDate={(date) => (date ? formatDate(toIso(date)) : '')}
        parseDateFromString={(text) => {
          const iso = parseNorwegianDate(text)
          return iso ? toDate(iso) : null
        }}
        onSelectDate={(date) => {
          setTypedWrong(false)
          onChange(date ? toIso(date) : null)
        }}
        onValidationResult={({ error }) => setTypedWrong(error === 'invalid-input')}
      />
    </Field>
  )
}
