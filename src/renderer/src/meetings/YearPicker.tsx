import { Button, makeStyles, Subtitle2 } from '@fluentui/react-components'
import { ChevronLeftRegular, ChevronRightRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'

const useStyles = makeStyles({ root: { display: 'flex', alignItems: 'center', gap: '2px' } })

/** ‹ 2027 › */
export function YearPicker({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const { t } = useTranslation()
  return (
    <div className={useStyles().root} role="group" aria-label={t('fields.year')}>
      <Button
        appearance="subtle"
        icon={<ChevronLeftRegular />}
        aria-label={t('meetings.previousYear')}
        onClick={() => onChange(year - 1)}
      />
      <Subtitle2 aria-live="polite">{year}</Subtitle2>
      <Button
        appearance="subtle"
        icon={<ChevronRightRegular />}
        aria-label={t('meetings.nextYear')}
        onClick={() => onChange(year + 1)}
      />
    </div>
  )
}
