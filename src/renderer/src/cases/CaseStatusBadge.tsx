import { Badge, type BadgeProps } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { CaseStatus } from '../../../shared/cases'

// The same palette as the meetings' badges: brand while it moves, green when done, red when it ended otherwise.
const colour: Record<CaseStatus, BadgeProps['color']> = {
  draft: 'informative',
  ready: 'brand',
  on_agenda: 'brand',
  handled: 'success',
  postponed: 'warning',
  withdrawn: 'danger',
}

export function CaseStatusBadge({ status }: { status: CaseStatus }) {
  const { t } = useTranslation()
  return (
    <Badge appearance={status === 'on_agenda' ? 'filled' : 'tint'} color={colour[status]} size="small">
      {t(`cases.status.${status}`)}
    </Badge>
  )
}
