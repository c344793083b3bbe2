import { MapRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Region } from '../../../shared/register'
import { useApiQuery } from '../api/hooks'
import { DetailPane } from '../kit/DetailPane'
import { FormDialog } from '../kit/FormDialog'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import { EntryList } from './relations'
import { RegisterTab, type Editing } from './RegisterTab'

export function RegionsTab() {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const list = useApiQuery('regions.list', { search })
  const all = useApiQuery('regions.list', {})

  return (
    <RegisterTab<Region>
      label={t('register.tabs.regions')}
      newLabel={t('register.regions.new')}
      emptyTitle={t('register.regions.empty')}
      emptyBody={t('register.regions.emptyBody')}
      emptyIcon={<MapRegular />}
      rows={list.data}
      total={all.data?.length}
      search={search}
      onSearch={setSearch}
      filtered={false}
      onClearFilters={() => undefined}
      columns={[
        { key: 'name', header: t('columns.name'), render: (r) => r.name },
        // As text: the table cell drops a number 0 as an empty child.
        {
          key: 'organisations',
          header: t('columns.organisations'),
          render: (r) => String(r.organisationCount),
          width: '140px',
        },
      ]}
      nameOf={(r) => r.name}
      deleteOperation="regions.delete"
      detail={(region, actions) => <RegionDetail region={region} onEdit={actions.edit} onDelete={actions.remove} />}
      form={(editing) => <RegionForm editing={editing} />}
    />
  )
}

function RegionDetail({ region, onEdit, onDelete }: { region: Region; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation()
  const detail = useApiQuery('regions.get', { id: region.id })
  return (
    <DetailPane title={region.name} onEdit={onEdit} onDelete={onDelete}>
      <EntryList
        title={t('register.regions.organisations')}
        empty={t('register.regions.noOrganisations')}
        items={detail.data?.organisations.map((o) => ({
          id: o.id,
          primary: o.name,
          secondary: t(`vocabulary.organisationKind.${o.kind}`),
        }))}
      />
    </DetailPane>
  )
}

function RegionForm({ editing }: { editing: Editing<Region> }) {
  const { t } = useTranslation()
  const r = editing.row
  const form = useForm('regions.save', { ...(r ? { id: r.id } : {}), name: r?.name ?? '' })
  return (
    <FormDialog
      title={r ? t('register.regions.editTitle') : t('register.regions.newTitle')}
      onClose={editing.close}
      onSubmit={form.submit}
      error={form.error}
      busy={form.busy}
    >
      <TextField label={t('fields.name')} required autoFocus {...form.bind('name')} />
    </FormDialog>
  )
}
