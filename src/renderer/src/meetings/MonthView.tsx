import { Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components'
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { Meeting } from '../../../shared/cycle'
import { formatDate, localIsoDate } from '../../../shared/dates'
import { monthNames, weekdayShort } from './labels'

const useStyles = makeStyles({
  root: {
    flex: 1,
    minHeight: 0,
    display: 'flex',
    flexDirection: 'column',
    padding: tokens.spacingHorizontalL,
    gap: tokens.spacingVerticalS,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, textTransform: 'capitalize' },
  grid: {
    flex: 1,
    display: 'grid',
    gridTemplateColumns: 'repeat(7, 1fr)',
    gridTemplateRows: 'auto',
    gridAutoRows: 'minmax(84px, 1fr)',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
  },
  weekday: {
    padding: '4px 8px',
    color: tokens.colorNeutralForeground3,
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: 'auto',
  },
  day: {
    borderTop: `1px solid ${tokens.colorNeutralStroke3}`,
    borderLeft: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: '4px 6px',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    minWidth: 0,
  },
  outside: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground4 },
  holiday: { backgroundColor: tokens.colorPaletteRedBackground1 },
  today: { boxShadow: `inset 0 0 0 2px ${tokens.colorBrandStroke1}` },
  number: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  meeting: {
    textAlign: 'left',
    border: 'none',
    borderRadius: tokens.borderRadiusSmall,
    padding: '1px 4px',
    backgroundColor: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
    fontSize: tokens.fontSizeBase200,
    cursor: 'pointer',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  selected: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  deadline: {
    fontSize: tokens.fontSizeBase100,
    color: tokens.colorPaletteDarkOrangeForeground1,
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
  },
})

interface Props {
  year: number
  month: number
  onMonth: (month: number) => void
  meetings: Meeting[]
  holidays: Map<string, string>
  selectedId: number | null
  onSelect: (meeting: Meeting) => void
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

/** One month as a calendar, Monday first: meetings, deadlines and public holidays. */
export function MonthView({ year, month, onMonth, meetings, holidays, selectedId, onSelect }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const first = new Date(Date.UTC(year, month - 1, 1))
  const lead = (first.getUTCDay() + 6) % 7
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const cells = Array.from({ length: Math.ceil((lead + days) / 7) * 7 }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1, 1 - lead + i))
    return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
  })
  const today = localIsoDate()
  return (
    <div className={styles.root}>
      <div className={styles.head}>
        <Button
          icon={<ChevronLeftRegular />}
          appearance="subtle"
          aria-label={t('calendar.prevMonth')}
          disabled={month === 1}
          onClick={() => onMonth(month - 1)}
        />
        <Subtitle2 as="h2" style={{ minWidth: 140, textAlign: 'center' }}>
          {monthNames(t)[month - 1]} {year}
        </Subtitle2>
        <Button
          icon={<ChevronRightRegular />}
          appearance="subtle"
          aria-label={t('calendar.nextMonth')}
          disabled={month === 12}
          onClick={() => onMonth(month + 1)}
        />
      </div>
      <div className={styles.grid} aria-label={`${monthNames(t)[month - 1]} ${year}`}>
        {weekdayShort(t).map((d) => (
          <div key={d} className={mergeClasses(styles.day, styles.weekday)} aria-hidden>
            {d}
          </div>
        ))}
        {cells.map((date) => {
          const holiday = holidays.get(date)
          const ofDay = meetings.filter((m) => m.date === date)
          const deadlines = meetings.flatMap((m) => m.deadlines.filter((d) => d.date === date).map((d) => ({ d, m })))
          return (
            <div
              key={date}
              title={holiday}
              role="group"
              aria-label={formatDate(date)}
              className={mergeClasses(
                styles.day,
                date.slice(5, 7) !== String(month).padStart(2, '0') && styles.outside,
                holiday && styles.holiday,
                date === today && styles.today,
              )}
            >
              <span className={styles.number}>
                {Number(date.slice(8))}
                {holiday && ` · ${holiday}`}
              </span>
              {ofDay.map((m) => (
                <button
                  key={m.id}
                  type="button"
                  className={mergeClasses(styles.meeting, m.id === selectedId && styles.selected)}
                  onClick={() => onSelect(m)}
                  aria-label={`${m.bodyName} ${m.startTime}`}
                >
                  {m.startTime} {m.bodyShortCode}
                </button>
              ))}
              {deadlines.map(({ d, m }) => (
                <Caption1 key={`${d.kind}-${m.id}`} className={styles.deadline}>
                  {t(`cycle.deadline.${d.kind}`)} {m.bodyShortCode}
                </Caption1>
              ))}
            </div>
          )
        })}
      </div>
    </div>
  )
}
