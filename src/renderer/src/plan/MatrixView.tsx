import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, tokens } from '@fluentui/react-components'
import { AddRegular, ClipboardTaskListLtrRegular } from '@fluentui/react-icons'
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import type { MatrixFilter, MatrixRow, MeasureStatus, PlanLevel, PlanMatrix } from '../../../shared/action-plan'
import { filterMatrix, isFilterEmpty } from '../../../shared/plan-filter'
import { ApiFailure, useApiMutation } from '../api/hooks'
import { ConfirmDialog } from '../kit/ConfirmDialog'
import { EmptyState } from '../kit/EmptyState'
import { ErrorBar } from '../kit/ErrorBar'
import { useShortcuts } from '../kit/use-shortcut'
import { useOrganisationOptions, useBodyOptions, usePeopleOptions } from '../register/options'
import { MatrixFilters } from './MatrixFilters'
import { MatrixTable } from './MatrixTable'
import { NewNodeDialog, type NewNodeTarget } from './NewNodeDialog'
import { NoNodeDetail, NodeDetail } from './NodeDetail'
import { rollup } from '../../../shared/plan-summary'
import { parentIds, responsibleChoices, subtreeIds, visibleRows } from './tree'
import { useReviewLabels } from './review-labels'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0 },
  main: { display: 'flex', flex: 1, minHeight: 0 },
  table: { display: 'flex', flexDirection: 'column', flex: 1, minWidth: 0 },
  banner: { margin: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} 0` },
  footer: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
})

interface Props {
  matrix: PlanMatrix
  filter: MatrixFilter
  onFilter: (filter: MatrixFilter) => void
  onNewReview: () => void
}

/** The matrix with its filters, the flag for measures still without status, and the selected row in full. */
export function MatrixView({ matrix, filter, onFilter, onNewReview }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [params, setParams] = useSearchParams()
  const selectedId = params.get('punkt') ? Number(params.get('punkt')) : null
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set())
  const [creating, setCreating] = useState<NewNodeTarget | null>(null)
  const [deleting, setDeleting] = useState<MatrixRow | null>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const gridRef = useRef<HTMLDivElement>(null)
  const paneRef = useRef<HTMLDivElement>(null)
  const setStatus = useApiMutation('reviews.setStatus')
  const move = useApiMutation('planNodes.move')
  const remove = useApiMutation('planNodes.delete')
  const [keyError, setKeyError] = useState<string | null>(null)
  const labels = useReviewLabels(matrix)

  const organisations = useOrganisationOptions()
  const bodies = useBodyOptions()
  const people = usePeopleOptions()
  const responsibles = useMemo(
    () =>
      responsibleChoices(matrix.rows, {
        organisations: new Map(organisations.map((o) => [o.id, o.label])),
        bodies: new Map(bodies.map((b) => [b.id, b.detail ? `${b.detail} – ${b.label}` : b.label])),
        people: new Map(people.map((p) => [p.id, p.label])),
      }),
    [matrix.rows, organisations, bodies, people],
  )

  const rollups = useMemo(() => rollup(matrix.rows), [matrix.rows])
  const expandable = useMemo(() => parentIds(matrix.rows), [matrix.rows])
  const filtered = useMemo(() => filterMatrix(matrix.rows, filter), [matrix.rows, filter])
  // While filtering every match shows; closing branches is for browsing the whole plan.
  const filtering = !isFilterEmpty(filter)
  const rows = useMemo(
    () => (filtering ? filtered : visibleRows(filtered, collapsed)),
    [filtering, filtered, collapsed],
  )
  const totalMeasures = useMemo(() => matrix.rows.filter((r) => r.level === 'measure').length, [matrix.rows])
  const shownMeasures = useMemo(() => filtered.filter((r) => r.level === 'measure').length, [filtered])
  const withoutStatus = useMemo(
    () => matrix.rows.filter((r) => r.level === 'measure' && r.status === null).length,
    [matrix.rows],
  )
  const selected = matrix.rows.find((r) => r.id === selectedId) ?? null
  // The pane follows a moment after the selection, so arrowing through the matrix stays quick.
  const paneRow = useDeferredValue(selected)

  const select = useCallback(
    (row: MatrixRow | null) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          if (row) next.set('punkt', String(row.id))
          else next.delete('punkt')
          return next
        },
        { replace: true },
      )
    },
    [setParams],
  )
  const toggle = useCallback(
    (row: MatrixRow) =>
      setCollapsed((c) => {
        const next = new Set(c)
        if (next.has(row.id)) next.delete(row.id)
        else next.add(row.id)
        return next
      }),
    [],
  )
  const expand = (row: MatrixRow, open: boolean) =>
    setCollapsed((c) => {
      const next = new Set(c)
      if (open) next.delete(row.id)
      else next.add(row.id)
      return next
    })
  const expandAll = (open: boolean) => {
    // Closing all leaves the focus areas and main goals: the plan at a glance.
    setCollapsed(open ? new Set() : new Set(matrix.rows.filter((r) => r.level === 'mainGoal').map((r) => r.id)))
    if (!open && selected && (selected.level === 'subGoal' || selected.level === 'measure')) select(null)
  }

  const fail = (error: unknown) => setKeyError(error instanceof ApiFailure ? error.message : String(error))
  const onStatus = (row: MatrixRow, status: MeasureStatus | null) => {
    if (matrix.reviewId === null) return setKeyError(t('plan.review.needed'))
    setKeyError(null)
    setStatus.mutate({ reviewId: matrix.reviewId, nodeId: row.id, status, comment: row.comment }, { onError: fail })
  }
  const onMove = (row: MatrixRow, direction: -1 | 1) => {
    setKeyError(null)
    const index = Number(row.number.split('.').pop())
    move.mutate({ id: row.id, parentId: row.parentId, position: Math.max(1, index + direction) }, { onError: fail })
  }
  const onOpen = () => paneRef.current?.querySelector<HTMLElement>('input, textarea')?.focus()

  useShortcuts({
    'Ctrl+F': () => searchRef.current?.focus(),
    'Ctrl+N': () =>
      setCreating(
        selected
          ? {
              parent: matrix.rows.find((r) => r.id === selected.parentId) ?? null,
              level: selected.level,
              after: selected,
            }
          : { parent: null, level: 'focusArea', after: null },
      ),
  })

  const newChild = (row: MatrixRow, level: PlanLevel) => setCreating({ parent: row, level, after: null })
  const newSibling = (row: MatrixRow) =>
    setCreating({ parent: matrix.rows.find((r) => r.id === row.parentId) ?? null, level: row.level, after: row })
  const newFocusArea = () => setCreating({ parent: null, level: 'focusArea', after: null })

  if (matrix.rows.length === 0)
    return (
      <div className={styles.root}>
        <EmptyState
          icon={<ClipboardTaskListLtrRegular />}
          title={t('plan.matrix.empty')}
          body={t('plan.matrix.emptyBody')}
          action={
            <Button appearance="primary" icon={<AddRegular />} onClick={newFocusArea}>
              {t('plan.node.newFocusArea')}
            </Button>
          }
        />
        {creating && (
          <NewNodeDialog
            planId={matrix.plan.id}
            target={creating}
            onClose={() => setCreating(null)}
            onCreated={(id) => setParams({ punkt: String(id) }, { replace: true })}
          />
        )}
      </div>
    )

  const review = matrix.reviews.find((r) => r.id === matrix.reviewId)
  const deletingCount = deleting ? subtreeIds(matrix.rows, deleting.id).size - 1 : 0

  return (
    <div className={styles.root}>
      <MatrixFilters
        filter={filter}
        onFilter={onFilter}
        rows={matrix.rows}
        responsibles={responsibles}
        shownMeasures={shownMeasures}
        totalMeasures={totalMeasures}
        searchRef={searchRef}
        onExpandAll={expandAll}
      />
      {matrix.reviewId === null ? (
        <MessageBar intent="info" className={styles.banner}>
          <MessageBarBody>{t('plan.review.noneYet')}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onNewReview}>
              {t('plan.review.new')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        withoutStatus > 0 &&
        review && (
          <MessageBar intent="warning" className={styles.banner}>
            <MessageBarBody>
              {t('plan.review.missing', { count: withoutStatus, total: totalMeasures, review: review.title })}
            </MessageBarBody>
            <MessageBarActions>
              <Button
                size="small"
                onClick={() => onFilter({ ...filter, statuses: ['none'] })}
                disabled={filter.statuses.length === 1 && filter.statuses[0] === 'none'}
              >
                {t('plan.review.showMissing')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )
      )}
      <ErrorBar message={keyError} />
      <div className={styles.main}>
        <div className={styles.table} ref={gridRef}>
          {rows.length === 0 ? (
            <EmptyState title={t('plan.matrix.noMatches')} body={t('plan.matrix.noMatchesBody')} />
          ) : (
            <MatrixTable
              label={t('plan.matrix.label', { review: review?.title ?? t('plan.review.none') })}
              rows={rows}
              selectedId={selectedId}
              expandable={expandable}
              collapsed={filtering ? new Set() : collapsed}
              rollups={rollups}
              previousLabel={labels.previous}
              onSelect={select}
              onToggle={toggle}
              onExpand={expand}
              onExpandAll={expandAll}
              onOpen={onOpen}
              onStatus={onStatus}
              onMove={onMove}
              onDelete={(row) => (remove.reset(), setDeleting(row))}
            />
          )}
          <div className={styles.footer} aria-hidden>
            {t('plan.matrix.keys')}
          </div>
        </div>
        <div ref={paneRef} style={{ display: 'flex' }}>
          {paneRow ? (
            <NodeDetail
              key={paneRow.id}
              row={paneRow}
              matrix={matrix}
              onNewChild={(level) => newChild(paneRow, level)}
              onNewSibling={() => newSibling(paneRow)}
              onMove={(direction) => onMove(paneRow, direction)}
              onDelete={() => (remove.reset(), setDeleting(paneRow))}
            />
          ) : (
            <NoNodeDetail text={t('plan.matrix.selectHint')} />
          )}
        </div>
      </div>
      {creating && (
        <NewNodeDialog
          planId={matrix.plan.id}
          target={creating}
          onClose={() => setCreating(null)}
          onCreated={(id) => {
            if (creating.parent) expand(creating.parent, true)
            setParams(
              (current) => {
                const next = new URLSearchParams(current)
                next.set('punkt', String(id))
                return next
              },
              { replace: true },
            )
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('plan.node.deleteTitle', { number: deleting?.number ?? '' })}
        confirmLabel={t('app.delete')}
        busy={remove.isPending}
        error={remove.error instanceof ApiFailure ? remove.error.message : null}
        onClose={() => setDeleting(null)}
        onConfirm={() =>
          deleting &&
          remove.mutate(
            { id: deleting.id },
            {
              onSuccess: () => {
                select(null)
                setDeleting(null)
                gridRef.current?.querySelector<HTMLElement>('[role="treegrid"]')?.focus()
              },
            },
          )
        }
      >
        {deleting &&
          (deletingCount > 0
            ? t('plan.node.deleteWithChildren', { title: deleting.title, count: deletingCount })
            : t('plan.node.deleteBody', { title: deleting.title }))}
      </ConfirmDialog>
    </div>
  )
}
