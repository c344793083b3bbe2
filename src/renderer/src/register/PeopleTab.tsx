import { Link } from '@fluentui/react-components'
import { PeopleRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ErasureResult } from '../../../shared/personal-data'
import type { Person } from '../../../shared/register'
import { useApiQuery } from '../api/hooks'
import { DetailPane, Properties } from '../kit/DetailPane'
import { EntityPicker } from '../kit/EntityPicker'
import { FieldGrid, FormDialog } from '../kit/FormDialog'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import { HoldingList, MembershipList } from './relations'
import { RegisterTab, type Editing } from './RegisterTab'
import { useOrganisationOptions } from './options'
import { ErasedDialog, PersonPrivacy, PrivacyBadge } from './PersonPrivacy'

export function PeopleTab() {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [organisationId, setOrganisationId] = useState<number | null>(null)
  const organisations = useOrganisationOptions()
  const list = useApiQuery('people.list', { search, organisationId: organisationId ?? undefined })
  const all = useApiQuery('people.list', {})
  // Held here: the erased person's new name may drop out of a search, and the pane with it.
  const [erased, setErased] = useState<ErasureResult | null>(null)

  return (
    <>
      <RegisterTab<Person>
        label={t('register.tabs.people')}
        newLabel={t('register.people.new')}
        emptyTitle={t('register.people.empty')}
        emptyBody={t('register.people.emptyBody')}
        emptyIcon={<PeopleRegular />}
        rows={list.data}
        total={all.data?.length}
        search={search}
        onSearch={setSearch}
        filtered={organisationId !== null}
        onClearFilters={() => setOrganisationId(null)}
        filters={
          <div style={{ width: 240 }}>
            <EntityPicker
              compact
              label={t('register.filterOrganisation')}
              value={organisationId}
              options={organisations}
              onChange={setOrganisationId}
            />
          </div>
        }
        columns={[
          {
            key: 'name',
            header: t('columns.name'),
            render: (p) => (
              <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
                {p.name}
                <PrivacyBadge person={p} />
              </span>
            ),
            width: '24%',
          },
          { key: 'title', header: t('columns.title'), render: (p) => p.title },
          { key: 'org', header: t('columns.organisation'), render: (p) => p.organisationName ?? '' },
          { key: 'email', header: t('columns.email'), render: (p) => p.email },
          { key: 'phone', header: t('columns.phone'), render: (p) => p.phone, width: '130px' },
        ]}
        nameOf={(p) => p.name}
        deleteOperation="people.delete"
        detail={(person, actions) => (
          <PersonDetail
            person={person}
            onEdit={actions.edit}
            onDelete={actions.remove}
            onErased={(result) => {
              setSearch('')
              setErased(result)
            }}
          />
        )}
        form={(editing) => <PersonForm editing={editing} />}
      />
      {erased && <ErasedDialog result={erased} onClose={() => setErased(null)} />}
    </>
  )
}

interface DetailProps {
  person: Person
  onEdit: () => void
  onDelete: () => void
  onErased: (result: ErasureResult) => void
}

function PersonDetail({ person, onEdit, onDelete, onErased }: DetailProps) {
  const { t } = useTranslation()
  const detail = useApiQuery('people.get', { id: person.id })
  return (
    <DetailPane
      title={person.name}
      subtitle={[person.title, person.organisationName].filter(Boolean).join(', ')}
      // An erased person's row is history: main refuses new details for it.
      onEdit={person.erasedAt ? undefined : onEdit}
      onDelete={onDelete}
    >
      <PersonPrivacy person={person} onErased={onErased} />
      <Properties
        items={[
          [t('fields.email'), person.email && <Link href={`mailto:${person.email}`}>{person.email}</Link>],
          [t('fields.phone'), person.phone],
          [t('fields.notes'), person.notes],
        ]}
      />
      <HoldingList
        title={t('register.people.roles')}
        empty={t('register.people.noRoles')}
        holdings={detail.data?.holdings}
        show="role"
      />
      <MembershipList
        title={t('register.people.memberships')}
        empty={t('register.people.noMemberships')}
        memberships={detail.data?.memberships}
        show="body"
      />
      {detail.data && detail.data.deputyFor.length > 0 && (
        <MembershipList
          title={t('register.people.deputyFor')}
          empty=""
          memberships={detail.data.deputyFor}
          show="body"
        />
      )}
    </DetailPane>
  )
}

function PersonForm({ editing }: { editing: Editing<Person> }) {
  const { t } = useTranslation()
  const organisations = useOrganisationOptions()
  const p = editing.row
  const form = useForm('people.save', {
    ...(p ? { id: p.id } : {}),
    name: p?.name ?? '',
    title: p?.title ?? '',
    organisationId: p?.organisationId ?? null,
    email: p?.email ?? '',
    phone: p?.phone ?? '',
    notes: p?.notes ?? '',
  })
  return (
    <FormDialog
      title={p ? t('register.people.editTitle') : t('register.people.newTitle')}
      onClose={editing.close}
      onSubmit={form.submit}
      error={form.error}
      busy={form.busy}
    >
      <TextField label={t('fields.name')} required autoFocus {...form.bind('name')} />
      <FieldGrid>
        <TextField label={t('fields.title')} {...form.bind('title')} />
        <EntityPicker label={t('fields.organisationId')} options={organisations} {...form.bind('organisationId')} />
        <TextField label={t('fields.email')} type="email" {...form.bind('email')} />
        <TextField label={t('fields.phone')} type="tel" {...form.bind('phone')} />
      </FieldGrid>
      <TextField label={t('fields.notes')} multiline {...form.bind('notes')} />
    </FormDialog>
  )
}
