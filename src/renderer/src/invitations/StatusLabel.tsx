import { makeStyles, tokens } from '@fluentui/react-components'
import {
  CheckmarkCircleFilled,
  CircleRegular,
  DismissCircleFilled,
  MailRegular,
  PersonAvailableFilled,
  PersonSubtractRegular,
  QuestionCircleRegular,
  type FluentIcon,
} from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import type { AttendanceValue, RsvpStatus } from '../../../shared/invitations'

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', gap: '4px', whiteSpace: 'nowrap' },
  icon: { fontSize: '16px', flexShrink: 0 },
  invited: { color: tokens.colorNeutralForeground3 },
  accepted: { color: tokens.colorPaletteGreenForeground1 },
  declined: { color: tokens.colorPaletteRedForeground1 },
  noAnswer: { color: tokens.colorPaletteDarkOrangeForeground1 },
  present: { color: tokens.colorPaletteGreenForeground1 },
  absent: { color: tokens.colorPaletteRedForeground1 },
  unrecorded: { color: tokens.colorNeutralForeground4 },
  muted: { color: tokens.colorNeutralForeground3 },
})

const statusIcon: Record<RsvpStatus, FluentIcon> = {
  invited: MailRegular,
  accepted: CheckmarkCircleFilled,
  declined: DismissCircleFilled,
  noAnswer: QuestionCircleRegular,
}

const attendanceIcon: Record<AttendanceValue, FluentIcon> = {
  present: PersonAvailableFilled,
  absent: PersonSubtractRegular,
  unrecorded: CircleRegular,
}

/** An answer as icon and word: the colour helps, the word says it (never colour alone). */
export function StatusLabel({ status }: { status: RsvpStatus }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const Icon = statusIcon[status]
  return (
    <span className={styles.root}>
      <Icon className={`${styles.icon} ${styles[status]}`} aria-hidden />
      <span className={status === 'invited' ? styles.muted : undefined}>{t(`invitations.status.${status}`)}</span>
    </span>
  )
}

export function AttendanceLabel({ value }: { value: AttendanceValue }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const Icon = attendanceIcon[value]
  return (
    <span className={styles.root}>
      <Icon className={`${styles.icon} ${styles[value]}`} aria-hidden />
      <span className={value === 'unrecorded' ? styles.muted : undefined}>{t(`invitations.attendance.${value}`)}</span>
    </span>
  )
}
