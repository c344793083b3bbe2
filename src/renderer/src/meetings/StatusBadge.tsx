import { Badge, type BadgeProps } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { MeetingStatus } from '../../../shared/cycle'

const colour: Record<MeetingStatus, BadgeProps['color']> = {
  planned: 'informative',
  agenda: 'brand',
  notice_sent: 'brand',
  held: 'success',
  minutes_drafted: 'warning',
  minutes_approved: 'success',
  cancelled: 'danger',
}

export function StatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation()
  return (
    <Badge
      appearance={status === 'notice_sent' || status === 'minutes_approved' ? 'filled' : 'tint'}
      color={colour[status]}
      size="small"
    >
      {t(`cycle.status.${status}`)}
    </Badge>
  )
}
