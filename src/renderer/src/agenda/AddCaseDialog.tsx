import {
  Badge,
  Caption1,
  Field,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  SearchBox,
  Spinner,
  tokens,
} from '@fluentui/react-components'
import { useId, useMemo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CaseSummary } from '../../../shared/cases'
import type { Meeting } from '../../../shared/cycle'
import { matchesQuery } from '../../../shared/text'
import { ApiFailure, useApiMutation, useApiQuery } from '../api/hooks'
import { EmptyState } from '../kit/EmptyState'
import { ErrorBar } from '../kit/ErrorBar'
import { ToolDialog } from '../kit/ToolDialog'

const useStyles = makeStyles({
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    maxHeight: '320px',
    overflow: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  option: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  active: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset 2px 0 0 ${tokens.colorBrandStroke1}`,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  title: { overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  muted: { color: tokens.colorNeutralForeground3 },
  status: { minHeight: '20px', color: tokens.colorNeutralForeground3 },
  search: { width: '100%', maxWidth: 'none' },
  enter: { color: tokens.colorBrandForeground1 },
})

interface Props {
  meeting: Meeting
  /** The notice is sent: what is added now becomes a tilleggssak. */
  frozen: boolean
  onClose: () => void
}

/** Picks cases from the body's queue; Enter or a click puts the chosen one on the agenda before Eventuelt. */
export function AddCaseDialog({ meeting, frozen, onClose }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const listId = useId()
  const queue = useApiQuery('cases.list', { bodyId: meeting.bodyId, statuses: ['ready', 'postponed'] })
  const add = useApiMutation('agenda.addCase')
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const [added, setAdded] = useState<string[]>([])

  const matches = useMemo(
    () => (queue.data ?? []).filter((c) => matchesQuery(query, [c.title, c.officerName, c.archiveRef])),
    [queue.data, query],
  )
  const current = Math.min(active, matches.length - 1)

  const choose = (c: CaseSummary | undefined) => {
    if (!c || add.isPending) return
    add.mutate({ meetingId: meeting.id, caseId: c.id }, { onSuccess: () => setAdded((list) => [...list, c.title]) })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const by = event.key === 'ArrowDown' ? 1 : -1
      setActive(Math.max(0, Math.min(matches.length - 1, current + by)))
    } else if (event.key === 'Enter') {
      event.preventDefault()
      choose(matches[current])
    }
  }

  const optionId = (id: number) => `${listId}-${id}`
  let body
  if (!queue.data) body = <Spinner size="small" label={t('app.loading')} />
  else if (queue.data.length === 0)
    body = (
      <EmptyState title={t('agenda.add.empty')} body={t('agenda.add.emptyBody', { body: meeting.bodyShortCode })} />
    )
  else
    body = (
      <>
        <Field label={t('agenda.add.search')} hint={t('agenda.add.hint')}>
          <SearchBox
            className={styles.search}
            autoFocus
            value={query}
            role="combobox"
            aria-expanded
            aria-controls={listId}
            aria-activedescendant={matches[current] ? optionId(matches[current].id) : undefined}
            onChange={(_, d) => {
              setQuery(d.value)
              setActive(0)
            }}
            onKeyDown={onKeyDown}
          />
        </Field>
        <ul id={listId} role="listbox" aria-label={t('agenda.add.queue')} className={styles.list}>
          {matches.map((c, index) => (
            <li
              key={c.id}
              id={optionId(c.id)}
              role="option"
              aria-selected={index === current}
              aria-label={t('agenda.add.addCase', { title: c.title })}
              className={mergeClasses(styles.option, index === current && styles.active)}
              onMouseEnter={() => setActive(index)}
              onClick={() => choose(c)}
            >
              <span className={styles.text}>
                <span className={styles.title}>{c.title}</span>
                <Caption1 className={styles.muted}>
                  {[t(`cases.kind.${c.kind}`), c.officerName].filter(Boolean).join(' · ')}
                </Caption1>
              </span>
              <span>
                {c.status === 'postponed' && (
                  <Badge appearance="tint" color="warning" size="small">
                    {t('cases.status.postponed')}
                  </Badge>
                )}
                {index === current && (
                  <Caption1 className={styles.enter} aria-hidden>
                    {' '}
                    {t('agenda.add.enter')}
                  </Caption1>
                )}
              </span>
            </li>
          ))}
          {matches.length === 0 && (
            <li className={mergeClasses(styles.option, styles.muted)} role="option" aria-selected={false} aria-disabled>
              {t('agenda.add.noMatches', { query })}
            </li>
          )}
        </ul>
      </>
    )

  return (
    <ToolDialog title={t('agenda.add.title', { body: meeting.bodyShortCode })} onClose={onClose}>
      {frozen && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('agenda.add.lateHint')}</MessageBarBody>
        </MessageBar>
      )}
      {body}
      <ErrorBar message={add.error instanceof ApiFailure ? add.error.message : null} />
      <Caption1 role="status" aria-live="polite" className={styles.status}>
        {added.length > 0 && `${t('agenda.add.added')}: ${added.map((a) => `«${a}»`).join(', ')}`}
      </Caption1>
    </ToolDialog>
  )
}
