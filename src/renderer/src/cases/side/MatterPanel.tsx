import { Caption1, makeStyles, tokens } from '@fluentui/react-components'
import { useTranslation } from 'react-i18next'
import type { MatterStep } from '../../../../shared/cases'
import { formatDate } from '../../../../shared/dates'
import { plainText } from '../../../../shared/rich-text'
import { CaseStatusBadge } from '../CaseStatusBadge'
import { RouteLink } from '../../kit/RouteLink'
import { SideEmpty, SidePanel, useSideStyles } from './SidePanel'

const useStyles = makeStyles({
  steps: { listStyle: 'none', margin: 0, padding: 0 },
  // A thin line joins the steps, as the matter travels from one body to the next.
  step: {
    position: 'relative',
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS} 18px`,
    '::before': {
      content: '""',
      position: 'absolute',
      left: '4px',
      top: '11px',
      width: '7px',
      height: '7px',
      borderRadius: '50%',
      backgroundColor: tokens.colorNeutralStroke1,
    },
    '::after': {
      content: '""',
      position: 'absolute',
      left: '7px',
      top: '22px',
      bottom: '-4px',
      width: '1px',
      backgroundColor: tokens.colorNeutralStroke2,
    },
    ':last-child::after': { display: 'none' },
  },
  current: { '::before': { backgroundColor: tokens.colorBrandBackground } },
  line: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  code: { fontWeight: tokens.fontWeightSemibold },
  decisionLabel: { fontWeight: tokens.fontWeightSemibold },
  decision: {
    display: '-webkit-box',
    WebkitLineClamp: 3,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
    whiteSpace: 'pre-line',
    color: tokens.colorNeutralForeground2,
    marginTop: '2px',
  },
})

/** The matter's path through the bodies (RS -> OSS -> PM): each body's number, meeting, status and decision. */
export function MatterPanel({ caseId, steps }: { caseId: number; steps: MatterStep[] }) {
  const { t } = useTranslation()
  const side = useSideStyles()
  const styles = useStyles()
  return (
    <SidePanel title={t('cases.matter.title')}>
      {steps.length <= 1 ? (
        <SideEmpty>{t('cases.matter.empty')}</SideEmpty>
      ) : (
        <ol className={styles.steps}>
          {steps.map((step) => {
            const current = step.caseId === caseId
            // "SR-EK-sak 03/2026" names its body; a bare "03/2026" gets the body's code in front.
            const number = step.numberLabel ?? t('cases.matter.noNumber')
            const label = step.numberLabel?.includes(step.bodyShortCode) ? number : `${step.bodyShortCode} · ${number}`
            const decision = step.decision ? plainText(step.decision) : ''
            return (
              <li
                key={step.caseId}
                className={`${styles.step} ${current ? styles.current : ''}`}
                aria-current={current ? 'step' : undefined}
              >
                <div className={styles.line}>
                  {current ? (
                    <span className={styles.code}>{label}</span>
                  ) : (
                    <RouteLink
                      to={`/saker/${step.caseId}`}
                      className={styles.code}
                      aria-label={`${t('cases.matter.open', { body: step.bodyShortCode })}: ${label}`}
                    >
                      {label}
                    </RouteLink>
                  )}
                  <CaseStatusBadge status={step.status} />
                </div>
                <Caption1 className={side.muted}>
                  {step.bodyName}
                  {step.meetingDate && ` · ${formatDate(step.meetingDate)}`}
                  {current && ` · ${t('cases.matter.current')}`}
                </Caption1>
                {decision && (
                  <Caption1 className={styles.decision}>
                    <span className={styles.decisionLabel}>{t('cases.matter.decision')}: </span>
                    {decision}
                  </Caption1>
                )}
              </li>
            )
          })}
        </ol>
      )}
    </SidePanel>
  )
}
