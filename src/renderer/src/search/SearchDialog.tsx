import { Body1, Caption1, Dialog, DialogSurface, Input, makeStyles, Spinner, tokens } from '@fluentui/react-components'
import { DocumentSearchRegular, SearchRegular } from '@fluentui/react-icons'
import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { afterExit } from '../kit/dialog-exit'
import { ErrorBar } from '../kit/ErrorBar'
import { SearchHitRow } from './SearchHitRow'
import { searchLimit, useCaseSearch } from './use-case-search'

const useStyles = makeStyles({
  // A palette sits high on the screen, so the list grows downwards without the input moving.
  surface: {
    width: '680px',
    maxWidth: 'calc(100vw - 48px)',
    padding: 0,
    margin: '12vh auto auto',
    overflow: 'hidden',
    display: 'flex',
    flexDirection: 'column',
  },
  top: { padding: tokens.spacingHorizontalM, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  input: { width: '100%' },
  list: { maxHeight: '56vh', overflowY: 'auto', padding: `${tokens.spacingVerticalXS} 0` },
  message: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXXL}`,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
  },
  messageIcon: { fontSize: '32px', color: tokens.colorNeutralForeground4 },
  muted: { color: tokens.colorNeutralForeground3 },
  footer: {
    display: 'flex',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalL}`,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground3,
  },
})

/** Full-text search over every case, from anywhere (Ctrl+K). */
export function SearchDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  // Where to go once the dialog has closed: the page is replaced only after Fluent gives it back.
  const [target, setTarget] = useState<string | null>(null)
  const go = () => {
    if (target) void navigate(target)
    setTarget(null)
  }
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onClose()} surfaceMotion={afterExit(go)}>
      <DialogSurface aria-label={t('search.title')} className={styles.surface}>
        {/* Rendered only while open, so every Ctrl+K starts with an empty query. */}
        <SearchPanel
          onPick={(caseId) => {
            setTarget(`/saker/${caseId}`)
            onClose()
          }}
        />
      </DialogSurface>
    </Dialog>
  )
}

function SearchPanel({ onPick }: { onPick: (caseId: number) => void }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const found = useCaseSearch(query)
  const listId = useId()
  const optionId = (index: number) => `${listId}-${index}`
  const hits = found.hits
  const current = hits.length > 0 ? Math.min(active, hits.length - 1) : -1

  useEffect(() => {
    if (current >= 0) document.getElementById(optionId(current))?.scrollIntoView({ block: 'nearest' })
  })

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const move = (by: number) => setActive((current + by + hits.length) % hits.length)
    if (event.key === 'ArrowDown' && hits.length) move(1)
    else if (event.key === 'ArrowUp' && hits.length) move(-1)
    else if (event.key === 'PageDown' && hits.length) setActive(Math.min(hits.length - 1, current + 5))
    else if (event.key === 'PageUp' && hits.length) setActive(Math.max(0, current - 5))
    else if (event.key === 'Enter' && current >= 0) onPick(hits[current].caseId)
    else return
    event.preventDefault()
  }

  const trimmed = query.trim()
  let body
  if (!trimmed)
    body = (
      <div className={styles.message}>
        <DocumentSearchRegular className={styles.messageIcon} aria-hidden />
        <Body1>{t('search.hint')}</Body1>
        <Caption1 className={styles.muted}>{t('search.hintDetail')}</Caption1>
      </div>
    )
  else if (found.error) body = <ErrorBar message={found.error} />
  else if (hits.length === 0 && (found.searching || found.answered !== trimmed))
    body = (
      <div className={styles.message}>
        <Spinner size="tiny" label={t('search.searching')} />
      </div>
    )
  else if (hits.length === 0)
    body = (
      <div className={styles.message} role="status">
        <Body1>{t('search.noResults', { query: found.answered })}</Body1>
        <Caption1 className={styles.muted}>{t('search.noResultsBody')}</Caption1>
      </div>
    )
  else
    body = (
      <div id={listId} role="listbox" aria-label={t('search.results')} className={styles.list}>
        {hits.map((hit, index) => (
          <SearchHitRow
            key={hit.caseId}
            id={optionId(index)}
            hit={hit}
            query={found.answered}
            active={index === current}
            onHover={() => setActive(index)}
            onPick={() => onPick(hit.caseId)}
          />
        ))}
      </div>
    )

  return (
    <>
      <div className={styles.top}>
        <Input
          className={styles.input}
          size="large"
          appearance="filled-lighter"
          autoFocus
          role="combobox"
          aria-label={t('search.label')}
          aria-expanded={hits.length > 0}
          aria-controls={hits.length > 0 ? listId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={current >= 0 ? optionId(current) : undefined}
          placeholder={t('search.placeholder')}
          contentBefore={<SearchRegular aria-hidden />}
          value={query}
          onChange={(_, data) => {
            setQuery(data.value)
            setActive(0)
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      {body}
      <div className={styles.footer}>
        <Caption1>{t('search.keys')}</Caption1>
        <Caption1 role="status">
          {hits.length === 0
            ? ''
            : hits.length >= searchLimit
              ? t('search.countLimited', { count: hits.length })
              : t('search.count', { count: hits.length })}
        </Caption1>
      </div>
    </>
  )
}
