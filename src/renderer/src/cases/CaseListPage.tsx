import { Button, Caption1, makeStyles, SearchBox, Spinner, Tab, TabList, tokens } from '@fluentui/react-components'
import { AddRegular, ArrowUploadRegular, DocumentTextRegular } from '@fluentui/react-icons'
import { useEffect, useRef, useState, type ChangeEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router'
import { caseStatuses, type CaseStatus } from '../../../shared/cases'
import { FollowUpList } from '../followups/FollowUpList'
import { CodeDropdown } from '../kit/CodeDropdown'
import { EmptyState } from '../kit/EmptyState'
import { EntityPicker } from '../kit/EntityPicker'
import { ErrorBar } from '../kit/ErrorBar'
import { PageHeader } from '../kit/PageHeader'
import { PageToolbar } from '../kit/PageToolbar'
import { useShortcuts } from '../kit/use-shortcut'
import { useBodyOptions } from '../register/options'
import { CaseQueue } from './CaseQueue'
import { CaseTable } from './CaseTable'
import { ImportDocxDialog } from './ImportDocxDialog'
import { NewCaseDialog } from './NewCaseDialog'
import { useCaseList } from './use-case-list'

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100%' },
  content: {
    display: 'flex',
    flexDirection: 'column',
    flex: 1,
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  body: { width: '260px' },
  status: { width: '190px' },
  search: { width: '240px' },
  count: { marginLeft: 'auto', color: tokens.colorNeutralForeground3 },
  fileInput: { display: 'none' },
})

export type CaseTab = 'all' | 'queue' | 'followUps'
const queueStatuses: CaseStatus[] = ['ready', 'postponed']
const tabPaths: Record<CaseTab, string> = { all: '/saker', queue: '/saker/ko', followUps: '/saker/oppfolging' }

/**
 * The cases area's lists: every case, the queue of cases ready for a meeting per body, and the
 * follow-ups. Filters live in the address, so coming back from a case finds the list as it was.
 */
export function CaseListPage({ tab }: { tab: CaseTab }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const bodyId = params.get('utvalg') ? Number(params.get('utvalg')) : null
  const status = caseStatuses.find((s) => s === params.get('status')) ?? null
  // Typed text is held here, not read back from the address: a navigation per key lags behind
  // the keyboard and would drop letters. The address follows it, for coming back to the list.
  const [search, setSearch] = useState(params.get('q') ?? '')
  const [creating, setCreating] = useState(false)
  const [importing, setImporting] = useState<File | null>(null)
  const [fileError, setFileError] = useState<string | null>(null)
  const [selectedId, setSelectedId] = useState<number | null>(null)
  const searchRef = useRef<HTMLInputElement>(null)
  const fileRef = useRef<HTMLInputElement>(null)
  const bodies = useBodyOptions()

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params)
    if (value === null || value === '') next.delete(key)
    else next.set(key, value)
    setParams(next, { replace: true })
  }
  const clearFilters = () => {
    setSearch('')
    setParams(new URLSearchParams(), { replace: true })
  }
  const searchInUrl = params.get('q') ?? ''
  useEffect(() => {
    if (search === searchInUrl) return
    const next = new URLSearchParams(params)
    if (search === '') next.delete('q')
    else next.set('q', search)
    setParams(next, { replace: true })
  }, [search, searchInUrl, params, setParams])

  useShortcuts({
    'Ctrl+N': () => setCreating(true),
    'Ctrl+F': () => searchRef.current?.focus(),
  })

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    // Cleared, so choosing the same file again is a new choice.
    event.target.value = ''
    if (!file) return
    if (!file.name.toLowerCase().endsWith('.docx')) {
      setFileError(t('docxImport.notDocx', { file: file.name }))
      return
    }
    setFileError(null)
    setImporting(file)
  }

  const filtered = bodyId !== null || status !== null || search !== ''
  const list = useCaseList(
    tab === 'queue'
      ? { bodyId: bodyId ?? undefined, statuses: queueStatuses, search }
      : { bodyId: bodyId ?? undefined, statuses: status ? [status] : undefined, search },
    tab !== 'followUps',
  )
  // Every case, to tell "no cases at all" (start here) from "none match" (loosen the filters).
  const all = useCaseList({ search: '' }, tab === 'all')
  const open = (id: number) => navigate(`/saker/${id}`)

  let content: ReactNode
  let count: string | null = null
  if (!list.data || (tab === 'all' && !all.data)) content = <Spinner label={t('app.loading')} style={{ margin: 48 }} />
  else if (tab === 'queue')
    content = (
      <CaseQueue
        cases={list.data}
        bodyId={bodyId}
        filtered={search !== '' || bodyId !== null}
        selectedId={selectedId}
        onSelect={setSelectedId}
        onOpen={open}
        onClearFilters={clearFilters}
      />
    )
  else if (all.data?.length === 0)
    content = (
      <EmptyState
        icon={<DocumentTextRegular />}
        title={t('cases.empty')}
        body={t('cases.emptyBody')}
        action={
          <Button appearance="primary" icon={<AddRegular />} onClick={() => setCreating(true)}>
            {t('cases.new')}
          </Button>
        }
      />
    )
  else if (list.data.length === 0)
    content = (
      <EmptyState
        title={t('cases.noMatches')}
        action={<Button onClick={clearFilters}>{t('cases.clearFilters')}</Button>}
      />
    )
  else {
    content = (
      <CaseTable
        label={t('cases.tabs.all')}
        rows={list.data}
        selectedId={selectedId}
        onSelect={(c) => setSelectedId(c.id)}
        onOpen={(c) => open(c.id)}
      />
    )
  }
  if (tab === 'all' && list.data && all.data && all.data.length > 0)
    count = filtered
      ? t('cases.count', { count: list.data.length, total: all.data.length })
      : t('cases.total', { count: all.data.length })
  if (tab === 'queue' && list.data) count = t('cases.queue.count', { count: list.data.length })

  const query = params.toString()
  const goToTab = (next: CaseTab) => navigate(`${tabPaths[next]}${query ? `?${query}` : ''}`)

  return (
    <div className={styles.page}>
      <PageHeader title={t('cases.title')}>
        <TabList size="small" selectedValue={tab} onTabSelect={(_, d) => goToTab(d.value as CaseTab)}>
          <Tab value="all">{t('cases.tabs.all')}</Tab>
          <Tab value="queue">{t('cases.tabs.queue')}</Tab>
          <Tab value="followUps">{t('cases.tabs.followUps')}</Tab>
        </TabList>
      </PageHeader>
      {tab === 'followUps' ? (
        <div className={styles.content}>
          <FollowUpList />
        </div>
      ) : (
        <>
          <PageToolbar label={t('cases.toolbar')}>
            <Button appearance="primary" icon={<AddRegular />} onClick={() => setCreating(true)} title="Ctrl+N">
              {t('cases.new')}
            </Button>
            <Button icon={<ArrowUploadRegular />} onClick={() => fileRef.current?.click()}>
              {t('cases.importDocx')}
            </Button>
            <input
              ref={fileRef}
              type="file"
              accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
              className={styles.fileInput}
              aria-label={t('cases.importDocx')}
              tabIndex={-1}
              onChange={chooseFile}
            />
            <EntityPicker
              compact
              className={styles.body}
              label={t('fields.bodyId')}
              options={bodies}
              value={bodyId}
              onChange={(id) => setParam('utvalg', id === null ? null : String(id))}
            />
            {tab === 'all' && (
              <CodeDropdown
                compact
                className={styles.status}
                label={t('cases.statusFilter')}
                codes={caseStatuses}
                labelOf={(code) => t(`cases.status.${code}`)}
                allLabel={t('app.all')}
                value={status}
                onChange={(code) => setParam('status', code)}
              />
            )}
            <SearchBox
              ref={searchRef}
              className={styles.search}
              placeholder={t('cases.searchPlaceholder')}
              aria-label={t('cases.searchLabel')}
              title="Ctrl+F"
              value={search}
              onChange={(_, data) => setSearch(data.value)}
            />
            {count && (
              <Caption1 className={styles.count} aria-live="polite">
                {count}
              </Caption1>
            )}
          </PageToolbar>
          <ErrorBar message={fileError} />
          <div className={styles.content}>
            <ErrorBar message={list.error?.message} />
            {content}
          </div>
        </>
      )}
      {creating && <NewCaseDialog defaultBodyId={bodyId} onClose={() => setCreating(false)} />}
      {importing && <ImportDocxDialog file={importing} defaultBodyId={bodyId} onClose={() => setImporting(null)} />}
    </div>
  )
}
