import { Button, makeStyles, Spinner, tokens } from '@fluentui/react-components'
import { AddRegular, ClipboardTaskListLtrRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useNavigate } from 'react-router'
import type { PlanSummary } from '../../../shared/action-plan'
import { useApiQuery } from '../api/hooks'
import { DataTable } from '../kit/DataTable'
import { EmptyState } from '../kit/EmptyState'
import { ErrorBar } from '../kit/ErrorBar'
import { PageHeader } from '../kit/PageHeader'
import { PageToolbar } from '../kit/PageToolbar'
import { useShortcuts } from '../kit/use-shortcut'
import { PlanForm } from './PlanForm'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%' },
  content: {
    display: 'flex',
    flexDirection: 'column',
    flex: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
})

/** The plans: with one, straight into it; with none, how to begin; with several, a list to choose from. */
export function PlanStart() {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const plans = useApiQuery('plans.list', { search: '' })
  const [creating, setCreating] = useState(false)
  const [selectedId, setSelectedId] = useState<number | null>(null)
  useShortcuts({ 'Ctrl+N': () => setCreating(true) })

  if (plans.data?.length === 1) return <Navigate to={`/handlingsplan/${plans.data[0].id}`} replace />

  const open = (plan: PlanSummary) => navigate(`/handlingsplan/${plan.id}`)
  let content
  if (plans.error) content = null
  else if (!plans.data) content = <Spinner label={t('app.loading')} style={{ margin: 48 }} />
  else if (plans.data.length === 0)
    content = (
      <EmptyState
        icon={<ClipboardTaskListLtrRegular />}
        title={t('plan.empty')}
        body={t('plan.emptyBody')}
        action={
          <Button appearance="primary" icon={<AddRegular />} onClick={() => setCreating(true)}>
            {t('plan.new')}
          </Button>
        }
      />
    )
  else
    content = (
      <DataTable
        label={t('plan.plans')}
        rows={plans.data}
        selectedId={selectedId}
        onSelect={(p) => setSelectedId(p.id)}
        onOpen={open}
        columns={[
          { key: 'title', header: t('plan.fields.title'), render: (p) => p.title },
          {
            key: 'period',
            header: t('plan.fields.period'),
            width: '120px',
            render: (p) => t('plan.period', { from: p.periodFrom, to: p.periodTo }),
          },
          { key: 'owner', header: t('plan.fields.owner'), width: '120px', render: (p) => p.ownerBodyShortCode },
          { key: 'measures', header: t('plan.columns.measures'), width: '90px', render: (p) => p.measureCount },
          { key: 'reviews', header: t('plan.columns.reviews'), width: '120px', render: (p) => p.reviewCount },
        ]}
      />
    )

  return (
    <div className={styles.page}>
      <PageHeader title={t('plan.title')} />
      <PageToolbar label={t('plan.title')}>
        <Button appearance="primary" icon={<AddRegular />} onClick={() => setCreating(true)} title="Ctrl+N">
          {t('plan.new')}
        </Button>
        {selectedId !== null && (
          <Button onClick={() => navigate(`/handlingsplan/${selectedId}`)}>{t('plan.open')}</Button>
        )}
      </PageToolbar>
      <ErrorBar message={plans.error?.message ?? null} />
      <div className={styles.content}>{content}</div>
      {creating && (
        <PlanForm
          plan={null}
          onClose={() => setCreating(false)}
          onSaved={(plan) => navigate(`/handlingsplan/${plan.id}`)}
        />
      )}
    </div>
  )
}
