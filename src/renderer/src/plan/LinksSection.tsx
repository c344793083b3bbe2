import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components'
import { AddRegular, DocumentTextRegular, LinkDismissRegular, TaskListLtrRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { PlanLink } from '../../../shared/action-plan'
import { formatDate } from '../../../shared/dates'
import { ApiFailure, useApiMutation } from '../api/hooks'
import { DetailSection } from '../kit/DetailPane'
import { ErrorBar } from '../kit/ErrorBar'
import { LinkDialog } from './LinkDialog'
import { useStatusWord } from './StatusPill'

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  link: { flex: 1, minWidth: 0, justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular },
  texts: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  empty: { color: tokens.colorNeutralForeground3, margin: 0 },
})

/** Cases, decisions and follow-ups this measure points at; a case opens on click. */
export function LinksSection({ nodeId, nodeLabel, links }: { nodeId: number; nodeLabel: string; links: PlanLink[] }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const word = useStatusWord()
  const [adding, setAdding] = useState(false)
  const remove = useApiMutation('planLinks.delete')
  return (
    <DetailSection
      title={t('plan.links.title', { count: links.length })}
      action={
        <Button size="small" appearance="subtle" icon={<AddRegular />} onClick={() => setAdding(true)}>
          {t('plan.links.add')}
        </Button>
      }
    >
      {links.length === 0 ? (
        <p className={styles.empty}>{t('plan.links.empty')}</p>
      ) : (
        <ul className={styles.list} aria-label={t('plan.links.listLabel')}>
          {links.map((link) => {
            const details = [
              link.decidedOn ? t('plan.links.decidedOn', { date: formatDate(link.decidedOn) }) : t('plan.links.open'),
              link.status ? t('plan.links.sets', { status: word(link.status) }) : null,
            ]
              .filter(Boolean)
              .join(' · ')
            return (
              <li key={link.id} className={styles.item}>
                <Button
                  appearance="subtle"
                  size="small"
                  className={styles.link}
                  icon={link.caseId ? <DocumentTextRegular /> : <TaskListLtrRegular />}
                  disabled={link.caseId === null}
                  onClick={() => link.caseId && navigate(`/saker/${link.caseId}`)}
                >
                  <span className={styles.texts}>
                    <span>{link.label}</span>
                    <Caption1 className={styles.muted}>{details}</Caption1>
                  </span>
                </Button>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<LinkDismissRegular />}
                  aria-label={t('plan.links.remove', { label: link.label })}
                  onClick={() => remove.mutate({ id: link.id })}
                />
              </li>
            )
          })}
        </ul>
      )}
      <ErrorBar message={remove.error instanceof ApiFailure ? remove.error.message : null} />
      {adding && <LinkDialog nodeId={nodeId} nodeLabel={nodeLabel} onClose={() => setAdding(false)} />}
    </DetailSection>
  )
}
