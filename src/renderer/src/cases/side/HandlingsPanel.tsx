import { Badge, Caption1 } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { CaseHandling } from '../../../../shared/cases'
import { formatDate } from '../../../../shared/dates'
import { CaseNumber } from '../CaseNumber'
import { RouteLink } from '../../kit/RouteLink'
import { SideEmpty, SidePanel, useSideStyles } from './SidePanel'

/** Every agenda the case has been on, with the number it had there and whether it was postponed or withdrawn. */
export function HandlingsPanel({ handlings }: { handlings: CaseHandling[] }) {
  const { t } = useTranslation()
  const side = useSideStyles()
  return (
    <SidePanel title={t('cases.handlings.title')} count={handlings.length}>
      {handlings.length === 0 ? (
        <SideEmpty>{t('cases.handlings.empty')}</SideEmpty>
      ) : (
        <ul className={side.list}>
          {handlings.map((h) => {
            const date = formatDate(h.meetingDate)
            return (
              <li key={h.agendaItemId} className={side.row} style={{ alignItems: 'center' }}>
                <RouteLink
                  to={`/moter/${h.meetingId}/saksliste`}
                  aria-label={t('cases.handlings.openAgenda', { date })}
                >
                  {t('cases.handlings.meeting', { date })}
                </RouteLink>
                <Caption1>
                  <CaseNumber label={h.numberLabel} fixed={h.numberFixed} />
                </Caption1>
                {h.postponed && (
                  <Badge size="small" appearance="tint" color="warning">
                    {t('cases.handlings.postponed')}
                  </Badge>
                )}
                {h.withdrawn && (
                  <Badge size="small" appearance="tint" color="danger">
                    {t('cases.handlings.withdrawn')}
                  </Badge>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </SidePanel>
  )
}
