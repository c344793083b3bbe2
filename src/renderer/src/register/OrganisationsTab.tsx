import { makeStyles, tokens } from '@fluentui/react-components'
import { BuildingRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Organisation } from '../../../shared/register'
import { organisationKinds, type OrganisationKind } from '../../../shared/vocabulary'
import { useApiQuery } from '../api/hooks'
import { DetailPane, Properties } from '../kit/DetailPane'
import { EntityPicker } from '../kit/EntityPicker'
import { FieldGrid, FormDialog } from '../kit/FormDialog'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import { RegisterTab, type Editing } from './RegisterTab'
import { useRegionOptions } from './options'
import { CodeDropdown } from '../kit/CodeDropdown'
import { EntryList } from './relations'

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  filter: { width: '200px' },
})

export function OrganisationsTab() {
  const { t } = useTranslation()
  const styles = useStyles()
  const [search, setSearch] = useState('')
  const [kind, setKind] = useState<OrganisationKind | null>(null)
  const [regionId, setRegionId] = useState<number | null>(null)
  const regions = useRegionOptions()
  const list = useApiQuery('organisations.list', { search, kind: kind ?? undefined, regionId: regionId ?? undefined })
  const all = useApiQuery('organisations.list', {})
  const kindLabel = (code: OrganisationKind) => t(`vocabulary.organisationKind.${code}`)

  return (
    <RegisterTab<Organisation>
      label={t('register.tabs.organisations')}
      newLabel={t('register.organisations.new')}
      emptyTitle={t('register.organisations.empty')}
      emptyBody={t('register.organisations.emptyBody')}
      emptyIcon={<BuildingRegular />}
      rows={list.data}
      total={all.data?.length}
      search={search}
      onSearch={setSearch}
      filtered={kind !== null || regionId !== null}
      onClearFilters={() => {
        setKind(null)
        setRegionId(null)
      }}
      filters={
        <>
          <CodeDropdown
            compact
            className={styles.filter}
            label={t('register.filterKind')}
            codes={organisationKinds}
            labelOf={kindLabel}
            value={kind}
            onChange={setKind}
            allLabel={t('app.all')}
          />
          <div style={{ width: 200 }}>
            <EntityPicker
              compact
              label={t('register.filterRegion')}
              value={regionId}
              options={regions}
              onChange={setRegionId}
            />
          </div>
        </>
      }
      columns={[
        { key: 'name', header: t('columns.name'), render: (o) => o.name, width: '30%' },
        { key: 'shortName', header: t('columns.shortName'), render: (o) => o.shortName, width: '14%' },
        { key: 'kind', header: t('columns.kind'), render: (o) => kindLabel(o.kind) },
        { key: 'region', header: t('columns.region'), render: (o) => o.regionName ?? '' },
        { key: 'people', header: t('columns.people'), render: (o) => String(o.peopleCount), width: '90px' },
      ]}
      nameOf={(o) => o.name}
      deleteOperation="organisations.delete"
      detail={(organisation, actions) => (
        <OrganisationDetail organisation={organisation} onEdit={actions.edit} onDelete={actions.remove} />
      )}
      form={(editing) => <OrganisationForm editing={editing} defaults={{ kind, regionId }} />}
    />
  )
}

function OrganisationDetail({
  organisation: o,
  onEdit,
  onDelete,
}: {
  organisation: Organisation
  onEdit: () => void
  onDelete: () => void
}) {
  const { t } = useTranslation()
  const styles = useStyles()
  const detail = useApiQuery('organisations.get', { id: o.id })
  return (
    <DetailPane title={o.name} onEdit={onEdit} onDelete={onDelete}>
      <Properties
        items={[
          [t('fields.shortName'), o.shortName],
          [t('fields.kind'), t(`vocabulary.organisationKind.${o.kind}`)],
          [t('fields.regionId'), o.regionName],
          [t('fields.notes'), o.notes],
        ]}
      />
      <EntryList
        title={t('register.organisations.people')}
        empty={t('register.organisations.noPeople')}
        items={detail.data?.people.map((p) => ({ id: p.id, primary: p.name, secondary: p.title }))}
      />
      <EntryList
        title={t('register.organisations.roles')}
        empty={t('register.organisations.noRoles')}
        items={detail.data?.roles.map((r) => ({
          id: r.id,
          primary: (
            <>
              {r.title} —{' '}
              {r.holders.length > 0 ? (
                r.holders.map((h) => h.name).join(', ')
              ) : (
                <span className={styles.muted}>{t('register.roles.vacant')}</span>
              )}
            </>
          ),
        }))}
      />
    </DetailPane>
  )
}

function OrganisationForm({
  editing,
  defaults,
}: {
  editing: Editing<Organisation>
  /** The list's filters, so a new organisation starts in the region and kind being viewed. */
  defaults: { kind: OrganisationKind | null; regionId: number | null }
}) {
  const { t } = useTranslation()
  const regions = useRegionOptions()
  const o = editing.row
  const form = useForm('organisations.save', {
    ...(o ? { id: o.id } : {}),
    name: o?.name ?? '',
    shortName: o?.shortName ?? '',
    // Most parties in a health community are municipalities.
    kind: o?.kind ?? defaults.kind ?? 'kommune',
    regionId: o?.regionId ?? defaults.regionId,
    notes: o?.notes ?? '',
  })
  const { values, set, fieldError } = form
  return (
    <FormDialog
      title={o ? t('register.organisations.editTitle') : t('register.organisations.newTitle')}
      onClose={editing.close}
      onSubmit={form.submit}
      error={form.error}
      busy={form.busy}
    >
      <TextField label={t('fields.name')} required autoFocus {...form.bind('name')} />
      <FieldGrid>
        <TextField label={t('fields.shortName')} {...form.bind('shortName')} />
        <CodeDropdown
          label={t('fields.kind')}
          required
          codes={organisationKinds}
          labelOf={(code) => t(`vocabulary.organisationKind.${code}`)}
          value={values.kind}
          onChange={(kind) => kind && set('kind', kind)}
          validationMessage={fieldError('kind')}
        />
        <EntityPicker label={t('fields.regionId')} options={regions} {...form.bind('regionId')} />
      </FieldGrid>
      <TextField label={t('fields.notes')} multiline {...form.bind('notes')} />
    </FormDialog>
  )
}
