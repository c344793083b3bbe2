import {
  Button,
  Caption1,
  Combobox,
  Dropdown,
  makeStyles,
  Option,
  OptionGroup,
  SearchBox,
  tokens,
  Tooltip,
} from '@fluentui/react-components'
import { ArrowMinimizeVerticalRegular, ArrowMaximizeVerticalRegular, DismissRegular } from '@fluentui/react-icons'
import { useMemo, useState, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import { measureStatuses, type MatrixFilter, type MatrixRow } from '../../../shared/action-plan'
import { isFilterEmpty } from '../../../shared/plan-filter'
import { matchesQuery } from '../../../shared/text'
import { useRegionOptions } from '../register/options'
import { statusColour } from './StatusPill'
import type { ResponsibleChoice } from './tree'

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  search: { width: '180px' },
  listbox: { minWidth: '360px', maxHeight: '60vh' },
  responsible: { width: '210px', minWidth: 0 },
  status: { width: '150px', minWidth: 0 },
  focus: { width: '180px', minWidth: 0 },
  region: { width: '160px', minWidth: 0 },
  count: { marginLeft: 'auto', color: tokens.colorNeutralForeground2, whiteSpace: 'nowrap' },
  dot: { display: 'inline-block', width: '9px', height: '9px', borderRadius: '50%', marginRight: '6px' },
})

const statusChoices = [...measureStatuses, 'none'] as const

interface Props {
  filter: MatrixFilter
  onFilter: (filter: MatrixFilter) => void
  rows: MatrixRow[]
  responsibles: ResponsibleChoice[]
  shownMeasures: number
  totalMeasures: number
  searchRef: RefObject<HTMLInputElement | null>
  onExpandAll: (open: boolean) => void
}

/** Search, responsible, status, focus area and region; how many measures show; open or close all. */
export function MatrixFilters({
  filter,
  onFilter,
  rows,
  responsibles,
  shownMeasures,
  totalMeasures,
  searchRef,
  onExpandAll,
}: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const regions = useRegionOptions()
  const focusAreas = rows.filter((r) => r.level === 'focusArea')
  const focus = focusAreas.find((f) => f.id === filter.focusAreaId)
  const set = (patch: Partial<MatrixFilter>) => onFilter({ ...filter, ...patch })
  const [query, setQuery] = useState<string | null>(null)
  const chosen = responsibles.find((r) => r.key === filter.responsible)
  const matching = useMemo(
    () => (query ? responsibles.filter((r) => matchesQuery(query, [r.label])) : responsibles),
    [query, responsibles],
  )
  const group = (kind: ResponsibleChoice['kind']) => {
    const list = matching.filter((r) => r.kind === kind)
    return list.length === 0 ? null : (
      <OptionGroup label={t(`plan.filter.groups.${kind}`)}>
        {list.map((r) => (
          <Option key={r.key} value={r.key} text={r.label}>
            {`${r.label} (${r.count})`}
          </Option>
        ))}
      </OptionGroup>
    )
  }
  const statusWord = (s: (typeof statusChoices)[number]) => t(`plan.status.${s}`)
  const statusValue =
    filter.statuses.length === 0
      ? ''
      : filter.statuses.length <= 2
        ? filter.statuses.map(statusWord).join(', ')
        : t('plan.filter.statusCount', { count: filter.statuses.length })

  return (
    <div className={styles.bar} role="search" aria-label={t('plan.filter.label')}>
      <SearchBox
        ref={searchRef}
        className={styles.search}
        size="small"
        aria-label={t('plan.filter.search')}
        aria-keyshortcuts="Control+F"
        placeholder={t('plan.filter.searchPlaceholder')}
        value={filter.search}
        onChange={(_, d) => set({ search: d.value })}
      />
      <Combobox
        className={styles.responsible}
        size="small"
        aria-label={t('plan.filter.responsible')}
        placeholder={t('plan.filter.responsibleAll')}
        clearable
        listbox={{ className: styles.listbox }}
        value={query ?? chosen?.label ?? ''}
        selectedOptions={filter.responsible ? [filter.responsible] : []}
        onChange={(event) => setQuery(event.target.value)}
        onOptionSelect={(_, d) => {
          setQuery(null)
          set({ responsible: d.optionValue ?? null })
        }}
        onBlur={() => setQuery(null)}
      >
        {group('organisation')}
        {group('body')}
        {group('person')}
        {matching.length === 0 && (
          <Option disabled value="" text="">
            {t('plan.filter.noResponsible')}
          </Option>
        )}
      </Combobox>
      <Dropdown
        className={styles.status}
        size="small"
        multiselect
        aria-label={t('plan.filter.status')}
        placeholder={t('plan.filter.statusAll')}
        value={statusValue}
        selectedOptions={filter.statuses}
        onOptionSelect={(_, d) => set({ statuses: statusChoices.filter((s) => d.selectedOptions.includes(s)) })}
      >
        {statusChoices.map((s) => (
          <Option key={s} value={s} text={statusWord(s)}>
            <span className={styles.dot} style={{ backgroundColor: statusColour[s] }} aria-hidden />
            {statusWord(s)}
          </Option>
        ))}
      </Dropdown>
      <Dropdown
        className={styles.focus}
        size="small"
        aria-label={t('plan.filter.focusArea')}
        value={focus ? `${focus.number}. ${focus.title}` : t('plan.filter.focusAreaAll')}
        selectedOptions={[filter.focusAreaId === null ? '' : String(filter.focusAreaId)]}
        onOptionSelect={(_, d) => set({ focusAreaId: d.optionValue ? Number(d.optionValue) : null })}
      >
        <Option value="">{t('plan.filter.focusAreaAll')}</Option>
        {focusAreas.map((f) => (
          <Option key={f.id} value={String(f.id)} text={`${f.number}. ${f.title}`}>
            {`${f.number}. ${f.title}`}
          </Option>
        ))}
      </Dropdown>
      <Dropdown
        className={styles.region}
        size="small"
        aria-label={t('plan.filter.region')}
        value={regions.find((r) => r.id === filter.regionId)?.label ?? t('plan.filter.regionAll')}
        selectedOptions={[filter.regionId === null ? '' : String(filter.regionId)]}
        onOptionSelect={(_, d) => set({ regionId: d.optionValue ? Number(d.optionValue) : null })}
      >
        <Option value="">{t('plan.filter.regionAll')}</Option>
        {regions.map((r) => (
          <Option key={r.id} value={String(r.id)}>
            {r.label}
          </Option>
        ))}
      </Dropdown>
      {!isFilterEmpty(filter) && (
        <Button
          size="small"
          appearance="subtle"
          icon={<DismissRegular />}
          onClick={() => onFilter({ search: '', responsible: null, statuses: [], focusAreaId: null, regionId: null })}
        >
          {t('plan.filter.clear')}
        </Button>
      )}
      <Caption1 className={styles.count} role="status">
        {t('plan.filter.count', { shown: shownMeasures, count: totalMeasures })}
      </Caption1>
      <Tooltip content={t('plan.matrix.expandAllHint')} relationship="description">
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowMaximizeVerticalRegular />}
          aria-label={t('plan.matrix.expandAll')}
          onClick={() => onExpandAll(true)}
        />
      </Tooltip>
      <Tooltip content={t('plan.matrix.collapseAllHint')} relationship="description">
        <Button
          size="small"
          appearance="subtle"
          icon={<ArrowMinimizeVerticalRegular />}
          aria-label={t('plan.matrix.collapseAll')}
          onClick={() => onExpandAll(false)}
        />
      </Tooltip>
    </div>
  )
}
