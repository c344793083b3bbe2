import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import type { SearchHit } from '../../../shared/cases'
import { CaseStatusBadge } from '../cases/CaseStatusBadge'
import { highlightPrefixes, type TextPart } from './highlight'

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: '52px 1fr auto',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    alignItems: 'baseline',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderLeft: '3px solid transparent',
    cursor: 'pointer',
  },
  active: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    borderLeftColor: tokens.colorCompoundBrandStroke,
  },
  code: {
    gridRow: '1 / span 2',
    alignSelf: 'start',
    marginTop: '1px',
    textAlign: 'center',
    padding: '1px 0',
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  heading: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  number: { color: tokens.colorNeutralForeground3, marginRight: tokens.spacingHorizontalS },
  title: { fontWeight: tokens.fontWeightSemibold },
  snippet: {
    gridColumn: '2 / span 2',
    color: tokens.colorNeutralForeground2,
    display: '-webkit-box',
    WebkitLineClamp: 2,
    WebkitBoxOrient: 'vertical',
    overflow: 'hidden',
  },
  mark: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusSmall,
    padding: '0 1px',
  },
})

interface Props {
  id: string
  hit: SearchHit
  /** The query the hit answers, to mark its words in the title too. */
  query: string
  active: boolean
  onHover: () => void
  onPick: () => void
}

/** One case found: body, number, title and status, and the passage with the matched words marked. */
export function SearchHitRow({ id, hit, query, active, onHover, onPick }: Props) {
  const styles = useStyles()
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      className={mergeClasses(styles.row, active && styles.active)}
      onMouseMove={() => !active && onHover()}
      // The input keeps the focus, so typing goes on after a click that misses.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPick}
    >
      <span className={styles.code}>{hit.bodyShortCode}</span>
      <span className={styles.heading}>
        {hit.numberLabel && <span className={styles.number}>{hit.numberLabel}</span>}
        <span className={styles.title}>
          <Marked parts={highlightPrefixes(hit.title, query)} />
        </span>
      </span>
      <CaseStatusBadge status={hit.status} />
      {hit.snippet.length > 0 && (
        <Caption1 className={styles.snippet}>
          <Marked parts={hit.snippet} />
        </Caption1>
      )}
    </div>
  )
}

/** Matched words as <mark>, built as elements: the text is never read as HTML. */
function Marked({ parts }: { parts: readonly TextPart[] }) {
  const styles = useStyles()
  return parts.map((part, index) =>
    part.hit ? (
      <mark key={index} className={styles.mark}>
        {part.text}
      </mark>
    ) : (
      <span key={index}>{part.text}</span>
    ),
  )
}
