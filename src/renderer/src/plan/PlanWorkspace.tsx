import {
  Button,
  Dropdown,
  makeStyles,
  Menu,
  MenuButton,
  MenuDivider,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Option,
  Spinner,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components'
import { AddRegular, EditRegular, SlideTextRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import type { MatrixFilter, PlanMatrix } from '../../../shared/action-plan'
import { formatDate } from '../../../shared/dates'
import { emptyFilter } from '../../../shared/plan-filter'
import { useApiQuery } from '../api/hooks'
import { DocumentMenu } from '../documents/DocumentMenu'
import { ErrorBar } from '../kit/ErrorBar'
import { PageHeader } from '../kit/PageHeader'
import { PageToolbar } from '../kit/PageToolbar'
import { useShortcuts } from '../kit/use-shortcut'
import { CompareView } from './CompareView'
import { ExcelMenu } from './ExcelMenu'
import { focusMatrix } from './MatrixTable'
import { MatrixView } from './MatrixView'
import { PlanForm } from './PlanForm'
import { PresentationView } from './PresentationView'
import { ReviewForm } from './ReviewForm'
import { SummaryView } from './SummaryView'

/** The plan's title, with its period unless the title already says it ("… 2023–2026"). */
const titleWithPeriod = (title: string, period: string) => (title.includes(period) ? title : `${title} (${period})`)

export type PlanView = 'matrix' | 'summary' | 'compare' | 'present'

const viewPaths: Record<PlanView, string> = {
  matrix: '',
  summary: '/oppsummering',
  compare: '/sammenligning',
  present: '/presentasjon',
}

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%' },
  planButton: {
    maxWidth: '460px',
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    display: 'inline-block',
  },
  review: { minWidth: '230px' },
  spacer: { flex: 1 },
  content: { display: 'flex', flex: 1, minHeight: 0, backgroundColor: tokens.colorNeutralBackground1 },
})

/** One plan: header with the plan and its views, a toolbar with the review and the ways out. */
export function PlanWorkspace({ planId, view }: { planId: number; view: PlanView }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const reviewParam = params.get('gjennomgang') ? Number(params.get('gjennomgang')) : null
  const matrix = useApiQuery('plans.matrix', { planId, reviewId: reviewParam })
  const plans = useApiQuery('plans.list', { search: '' })
  const [dialog, setDialog] = useState<'plan' | 'newPlan' | 'review' | null>(null)
  // Filters outlive a switch between views: the summary of what the matrix shows is one click away.
  const [filter, setFilter] = useState<MatrixFilter>(emptyFilter)
  const [fileError, setFileError] = useState<string | null>(null)

  // From the address as it is when called: a dialog's callback runs after later changes (a row chosen).
  const setParam = (key: string, value: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current)
        if (value === null) next.delete(key)
        else next.set(key, value)
        return next
      },
      { replace: true },
    )
  const go = (to: PlanView) =>
    navigate({ pathname: `/handlingsplan/${planId}${viewPaths[to]}`, search: params.toString() })
  useShortcuts({ F5: () => go('present') })

  // Another review is a new query: the matrix shown stays until it arrives, so the grid (and
  // its focus) is never swapped for a spinner in between.
  const [shown, setShown] = useState(matrix.data)
  if (matrix.data && matrix.data !== shown) setShown(matrix.data)
  const data = matrix.data ?? shown
  if (view === 'present' && data) return <PresentationView matrix={data} onClose={() => go('matrix')} />

  const plan = data?.plan ?? plans.data?.find((p) => p.id === planId)
  const review = data?.reviews.find((r) => r.id === data.reviewId) ?? null

  return (
    <div className={styles.page}>
      <PageHeader title={t('plan.title')}>
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <MenuButton
              appearance="subtle"
              className={styles.planButton}
              aria-label={t('plan.choosePlan', { title: plan?.title ?? '' })}
            >
              {plan ? titleWithPeriod(plan.title, t('plan.period', { from: plan.periodFrom, to: plan.periodTo })) : ''}
            </MenuButton>
          </MenuTrigger>
          <MenuPopover>
            <MenuList checkedValues={{ plan: [String(planId)] }}>
              {(plans.data ?? []).map((p) => (
                <MenuItemRadio
                  key={p.id}
                  name="plan"
                  value={String(p.id)}
                  onClick={() => navigate(`/handlingsplan/${p.id}`)}
                >
                  {p.title}
                </MenuItemRadio>
              ))}
              <MenuDivider />
              <MenuItem icon={<EditRegular />} onClick={() => setDialog('plan')} disabled={!plan}>
                {t('plan.edit')}
              </MenuItem>
              <MenuItem icon={<AddRegular />} onClick={() => setDialog('newPlan')}>
                {t('plan.new')}
              </MenuItem>
            </MenuList>
          </MenuPopover>
        </Menu>
        <TabList size="small" selectedValue={view} onTabSelect={(_, d) => go(d.value as PlanView)}>
          <Tab value="matrix">{t('plan.views.matrix')}</Tab>
          <Tab value="summary">{t('plan.views.summary')}</Tab>
          <Tab value="compare">{t('plan.views.compare')}</Tab>
        </TabList>
      </PageHeader>
      <PageToolbar label={t('plan.toolbar')}>
        {view !== 'compare' && (
          <Dropdown
            className={styles.review}
            aria-label={t('plan.review.choose')}
            placeholder={t('plan.review.none')}
            disabled={!data || data.reviews.length === 0}
            value={review ? `${review.title} · ${formatDate(review.date)}` : ''}
            selectedOptions={review ? [String(review.id)] : []}
            onOptionSelect={(_, d) => setParam('gjennomgang', d.optionValue ?? null)}
          >
            {[...(data?.reviews ?? [])]
              .sort((a, b) => b.date.localeCompare(a.date))
              .map((r) => (
                <Option key={r.id} value={String(r.id)} text={r.title}>
                  {`${r.title} · ${formatDate(r.date)}`}
                </Option>
              ))}
          </Dropdown>
        )}
        <Button icon={<AddRegular />} onClick={() => setDialog('review')} disabled={!data}>
          {t('plan.review.new')}
        </Button>
        <span className={styles.spacer} />
        <Button icon={<SlideTextRegular />} onClick={() => go('present')} disabled={!data} title="F5">
          {t('plan.present.open')}
        </Button>
        {plan && (
          <DocumentMenu
            documents={[{ kind: 'actionPlan', id: planId, reviewId: data?.reviewId ?? null }]}
            bodyId={plan.ownerBodyId}
            label={t('plan.export.word')}
          />
        )}
        {data && <ExcelMenu matrix={data} onError={setFileError} />}
      </PageToolbar>
      <ErrorBar message={matrix.error?.message ?? fileError} />
      <div className={styles.content}>
        {data ? (
          <Content
            view={view}
            matrix={data}
            filter={filter}
            onFilter={setFilter}
            onNewReview={() => setDialog('review')}
          />
        ) : (
          !matrix.error && <Spinner label={t('app.loading')} style={{ margin: 48, flex: 1 }} />
        )}
      </div>
      {(dialog === 'plan' || dialog === 'newPlan') && (
        <PlanForm
          plan={dialog === 'plan' ? (plan ?? null) : null}
          onClose={() => setDialog(null)}
          onSaved={(saved) => saved.id !== planId && navigate(`/handlingsplan/${saved.id}`)}
        />
      )}
      {dialog === 'review' && (
        <ReviewForm
          planId={planId}
          review={null}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setParam('gjennomgang', String(saved.id))
            // A new review is for setting statuses: straight on with 1–4 in the matrix.
            requestAnimationFrame(focusMatrix)
          }}
        />
      )}
    </div>
  )
}

interface ContentProps {
  view: PlanView
  matrix: PlanMatrix
  filter: MatrixFilter
  onFilter: (filter: MatrixFilter) => void
  onNewReview: () => void
}

function Content({ view, matrix, filter, onFilter, onNewReview }: ContentProps) {
  if (view === 'summary') return <SummaryView matrix={matrix} filter={filter} onFilter={onFilter} />
  if (view === 'compare') return <CompareView matrix={matrix} />
  return <MatrixView matrix={matrix} filter={filter} onFilter={onFilter} onNewReview={onNewReview} />
}
