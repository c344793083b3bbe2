import {
  Button,
  Caption1,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Subtitle2,
  tokens,
  Tooltip,
} from '@fluentui/react-components'
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular } from '@fluentui/react-icons'
import { useTranslation } from 'react-i18next'
import { childLevels, type MatrixRow, type PlanLevel, type PlanMatrix } from '../../../shared/action-plan'
import { DetailSection } from '../kit/DetailPane'
import { InputsSection } from './InputsSection'
import { LinksSection } from './LinksSection'
import { NodeFields } from './NodeFields'
import { useReviewLabels } from './review-labels'
import { StatusEditor } from './StatusEditor'
import { StatusPill } from './StatusPill'
import { lacksResponsible } from './tree'

const useStyles = makeStyles({
  pane: {
    width: '380px',
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'auto',
    display: 'flex',
    flexDirection: 'column',
  },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXS}` },
  kicker: { display: 'block' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
  },
  spacer: { flex: 1 },
  hint: { color: tokens.colorNeutralForeground3, padding: tokens.spacingHorizontalL, margin: 0 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  history: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  historyItem: { display: 'grid', gridTemplateColumns: '56px auto 1fr', alignItems: 'baseline', columnGap: '8px' },
  muted: { color: tokens.colorNeutralForeground3 },
  comment: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
})

interface Props {
  row: MatrixRow
  matrix: PlanMatrix
  onNewChild: (level: PlanLevel) => void
  onNewSibling: () => void
  onMove: (direction: -1 | 1) => void
  onDelete: () => void
}

/** One node in full: its status in this review, its fields, status history, input and links. */
/** The pane when no row is chosen: the same width, so the matrix keeps its columns. */
export function NoNodeDetail({ text }: { text: string }) {
  const styles = useStyles()
  return (
    <aside className={styles.pane}>
      <p className={styles.hint}>{text}</p>
    </aside>
  )
}

export function NodeDetail({ row, matrix, onNewChild, onNewSibling, onMove, onDelete }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const labels = useReviewLabels(matrix)
  const review = matrix.reviews.find((r) => r.id === matrix.reviewId) ?? null
  const children = childLevels(row.level)
  const levelName = t(`plan.levels.${row.level}`)
  const nodeLabel = `${row.number} ${row.title}`
  const isMeasure = row.level === 'measure'

  return (
    <aside className={styles.pane} aria-label={t('plan.node.paneLabel', { level: levelName, number: row.number })}>
      <div className={styles.header}>
        <Subtitle2 as="h2" className={styles.kicker}>{`${levelName} ${row.number}`}</Subtitle2>
        {lacksResponsible(row) && <Caption1 className={styles.warning}>{t('plan.node.noResponsibleHint')}</Caption1>}
      </div>
      <div className={styles.actions}>
        {children.length === 1 && (
          <Button size="small" icon={<AddRegular />} onClick={() => onNewChild(children[0])}>
            {t(`plan.node.newChild.${children[0]}`)}
          </Button>
        )}
        {children.length > 1 && (
          <Menu>
            <MenuTrigger disableButtonEnhancement>
              <Button size="small" icon={<AddRegular />}>
                {t('plan.node.newChildMenu')}
              </Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {children.map((level) => (
                  <MenuItem key={level} onClick={() => onNewChild(level)}>
                    {t(`plan.node.newChild.${level}`)}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
        <Button size="small" icon={<AddRegular />} onClick={onNewSibling} title="Ctrl+N">
          {t('plan.node.newSibling')}
        </Button>
        <span className={styles.spacer} />
        <Tooltip content={t('plan.node.moveUp')} relationship="label">
          <Button size="small" appearance="subtle" icon={<ArrowUpRegular />} onClick={() => onMove(-1)} />
        </Tooltip>
        <Tooltip content={t('plan.node.moveDown')} relationship="label">
          <Button size="small" appearance="subtle" icon={<ArrowDownRegular />} onClick={() => onMove(1)} />
        </Tooltip>
        <Tooltip content={t('plan.node.delete', { number: row.number })} relationship="label">
          <Button size="small" appearance="subtle" icon={<DeleteRegular />} onClick={onDelete} />
        </Tooltip>
      </div>
      {isMeasure && review && (
        <DetailSection title={t('plan.statusEditor.title', { review: review.title })}>
          <StatusEditor
            key={review.id}
            row={row}
            reviewId={review.id}
            reviewTitle={review.title}
            previousLabel={labels.previous}
          />
        </DetailSection>
      )}
      <DetailSection title={t('plan.node.details')}>
        <NodeFields row={row} planId={matrix.plan.id} />
      </DetailSection>
      {isMeasure && (
        <DetailSection title={t('plan.history.title')}>
          {row.history.length === 0 ? (
            <p className={styles.muted} style={{ margin: 0 }}>
              {t('plan.history.empty')}
            </p>
          ) : (
            <ol className={styles.history} aria-label={t('plan.history.title')}>
              {[...row.history].reverse().map((entry) => (
                <li key={entry.reviewId} className={styles.historyItem} title={labels.titleOf(entry.reviewId)}>
                  <span className={styles.muted}>{labels.of(entry.reviewId)}</span>
                  <StatusPill status={entry.status} />
                  <span className={styles.comment}>{entry.comment}</span>
                </li>
              ))}
            </ol>
          )}
        </DetailSection>
      )}
      <InputsSection
        planId={matrix.plan.id}
        nodeId={row.id}
        reviewId={matrix.reviewId}
        nodeLabel={row.number}
        inputs={matrix.inputs.filter((i) => i.nodeId === row.id)}
      />
      <LinksSection nodeId={row.id} nodeLabel={nodeLabel} links={matrix.links.filter((l) => l.nodeId === row.id)} />
    </aside>
  )
}
