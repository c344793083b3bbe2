import { Combobox, makeStyles, Option, OptionGroup } from '@fluentui/react-components'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Meeting } from '../../../shared/cycle'
import { formatDate } from '../../../shared/dates'
import { matchesQuery } from '../../../shared/text'

const useStyles = makeStyles({
  picker: { width: '420px', minWidth: 0 },
})

interface Props {
  /** Upcoming first (soonest first), then past meetings (latest first). */
  upcoming: readonly Meeting[]
  past: readonly Meeting[]
  value: number | null
  onChange: (meetingId: number) => void
}

export const meetingText = (m: Meeting) => `${formatDate(m.date)} · ${m.bodyName}`

/** Which meeting's list: by body and date, searchable by either ("pm okt", "08.10"). */
export function MeetingPicker({ upcoming, past, value, onChange }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [query, setQuery] = useState<string | null>(null)
  const selected = [...upcoming, ...past].find((m) => m.id === value)
  const match = useMemo(
    () => (m: Meeting) => !query || matchesQuery(query, [m.bodyName, m.bodyShortCode, formatDate(m.date), m.date]),
    [query],
  )
  const option = (m: Meeting) => (
    <Option key={m.id} value={String(m.id)} text={meetingText(m)}>
      {meetingText(m)}
    </Option>
  )
  const soon = upcoming.filter(match)
  const earlier = past.filter(match)
  return (
    <Combobox
      aria-label={t('invitations.meeting')}
      className={styles.picker}
      placeholder={t('invitations.chooseMeeting')}
      value={query ?? (selected ? meetingText(selected) : '')}
      selectedOptions={value === null ? [] : [String(value)]}
      onChange={(event) => setQuery(event.target.value)}
      onOptionSelect={(_, d) => {
        setQuery(null)
        if (d.optionValue) onChange(Number(d.optionValue))
      }}
      onBlur={() => setQuery(null)}
    >
      {soon.length > 0 && <OptionGroup label={t('invitations.upcoming')}>{soon.map(option)}</OptionGroup>}
      {earlier.length > 0 && <OptionGroup label={t('invitations.past')}>{earlier.map(option)}</OptionGroup>}
      {soon.length + earlier.length === 0 && (
        <Option disabled value="" text="">
          {t('register.noMatches', { query: query ?? '' })}
        </Option>
      )}
    </Combobox>
  )
}
