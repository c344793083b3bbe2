import { Button, Caption1, Field, Input, makeStyles, tokens, Tooltip } from '@fluentui/react-components'
import { AddRegular, BriefcaseRegular, CalendarCancelRegular, DismissRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate, localIsoDate } from '../../../shared/dates'
import type { Holding, Role } from '../../../shared/register'
import { roleKinds, type RoleKind } from '../../../shared/vocabulary'
import { ApiFailure, useApiMutation, useApiQuery } from '../api/hooks'
import { ConfirmDialog } from '../kit/ConfirmDialog'
import { DetailPane, DetailSection } from '../kit/DetailPane'
import { EntityPicker } from '../kit/EntityPicker'
import { FieldGrid, FormDialog } from '../kit/FormDialog'
import { CodeDropdown } from '../kit/CodeDropdown'
import { DateField } from '../kit/DateField'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import { HoldingList, MembershipList } from './relations'
import { RegisterTab, type Editing } from './RegisterTab'
import { useOrganisationOptions, usePeopleOptions } from './options'

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground3 },
  filter: { width: '180px' },
  holderOn: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  dateInput: { width: '170px' },
})

export function RolesTab() {
  const { t } = useTranslation()
  const styles = useStyles()
  const [search, setSearch] = useState('')
  const [kind, setKind] = useState<RoleKind | null>(null)
  const [organisationId, setOrganisationId] = useState<number | null>(null)
  const organisations = useOrganisationOptions()
  const list = useApiQuery('roles.list', {
    search,
    kind: kind ?? undefined,
    organisationId: organisationId ?? undefined,
  })
  const all = useApiQuery('roles.list', {})
  const kindLabel = (code: RoleKind) => t(`vocabulary.roleKind.${code}`)

  return (
    <RegisterTab<Role>
      label={t('register.tabs.roles')}
      newLabel={t('register.roles.new')}
      emptyTitle={t('register.roles.empty')}
      emptyBody={t('register.roles.emptyBody')}
      emptyIcon={<BriefcaseRegular />}
      rows={list.data}
      total={all.data?.length}
      search={search}
      onSearch={setSearch}
      filtered={kind !== null || organisationId !== null}
      onClearFilters={() => {
        setKind(null)
        setOrganisationId(null)
      }}
      filters={
        <>
          <CodeDropdown
            compact
            className={styles.filter}
            label={t('register.filterKind')}
            codes={roleKinds}
            labelOf={kindLabel}
            value={kind}
            onChange={setKind}
            allLabel={t('app.all')}
          />
          <div style={{ width: 220 }}>
            <EntityPicker
              compact
              label={t('register.filterOrganisation')}
              value={organisationId}
              options={organisations}
              onChange={setOrganisationId}
            />
          </div>
        </>
      }
      columns={[
        { key: 'title', header: t('columns.role'), render: (r) => r.title, width: '22%' },
        { key: 'org', header: t('columns.organisation'), render: (r) => r.organisationName },
        { key: 'kind', header: t('columns.kind'), render: (r) => kindLabel(r.kind), width: '16%' },
        {
          key: 'holder',
          header: t('columns.holder'),
          render: (r) =>
            r.holders.length > 0 ? (
              r.holders.map((h) => h.name).join(', ')
            ) : (
              <span className={styles.muted}>{t('register.roles.vacant')}</span>
            ),
        },
        {
          key: 'since',
          header: t('columns.since'),
          render: (r) => (r.holders.length === 1 ? formatDate(r.holders[0].fromDate) : ''),
          width: '100px',
        },
      ]}
      nameOf={(r) => `${r.title}, ${r.organisationName}`}
      deleteOperation="roles.delete"
      detail={(role, actions) => <RoleDetail role={role} onEdit={actions.edit} onDelete={actions.remove} />}
      form={(editing) => <RoleForm editing={editing} defaults={{ kind, organisationId }} />}
    />
  )
}

function RoleDetail({ role, onEdit, onDelete }: { role: Role; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation()
  const detail = useApiQuery('roles.get', { id: role.id })
  const [assigning, setAssigning] = useState(false)
  const [removing, setRemoving] = useState<Holding | null>(null)
  const [ending, setEnding] = useState<Holding | null>(null)
  const remove = useApiMutation('roles.removeHolding')
  const subtitle = [
    t(`vocabulary.roleKind.${role.kind}`),
    role.seats > 1 ? t('register.roles.seatsCount', { count: role.seats }) : '',
  ]
    .filter(Boolean)
    .join(' · ')
  const period = (h: Holding) =>
    h.toDate
      ? t('app.fromTo', { from: formatDate(h.fromDate), to: formatDate(h.toDate) })
      : t('app.fromOnly', { from: formatDate(h.fromDate) })

  return (
    <DetailPane
      title={`${role.title}, ${role.organisationName}`}
      subtitle={subtitle}
      onEdit={onEdit}
      onDelete={onDelete}
    >
      <HoldingList
        title={t('register.roles.holders')}
        empty={t('register.roles.noHolders')}
        holdings={detail.data?.holdings}
        show="person"
        action={
          <Button size="small" appearance="subtle" icon={<AddRegular />} onClick={() => setAssigning(true)}>
            {t('register.roles.assign')}
          </Button>
        }
        extra={(h) => (
          <>
            {h.toDate === null && (
              <Tooltip content={t('register.roles.endHolding')} relationship="label">
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<CalendarCancelRegular />}
                  onClick={() => setEnding(h)}
                />
              </Tooltip>
            )}
            <Tooltip content={t('register.roles.removeHolding')} relationship="label">
              <Button
                size="small"
                appearance="subtle"
                icon={<DismissRegular />}
                onClick={() => {
                  remove.reset()
                  setRemoving(h)
                }}
              />
            </Tooltip>
          </>
        )}
      />
      {ending && <EndHoldingForm holding={ending} onClose={() => setEnding(null)} />}
      <HolderOnDate roleId={role.id} />
      <MembershipList
        title={t('register.roles.memberships')}
        empty={t('register.roles.noMemberships')}
        memberships={detail.data?.memberships}
        show="body"
      />
      {assigning && <AssignHolderForm role={role} onClose={() => setAssigning(false)} />}
      <ConfirmDialog
        open={removing !== null}
        title={t('register.roles.removeHoldingTitle', {
          name: removing?.personName ?? '',
          period: removing ? period(removing) : '',
        })}
        confirmLabel={t('register.roles.removeHolding')}
        error={remove.error instanceof ApiFailure ? remove.error.message : null}
        busy={remove.isPending}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ id: removing.id }, { onSuccess: () => setRemoving(null) })}
      >
        {t('register.roles.removeHoldingBody')}
      </ConfirmDialog>
    </DetailPane>
  )
}

/** "Who held this role on …": the question an invitation list or old minutes raise. */
function HolderOnDate({ roleId }: { roleId: number }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [date, setDate] = useState(localIsoDate())
  const holders = useApiQuery('roles.holdersOn', { roleId, date })
  const names = holders.data?.map((h) => h.personName).join(', ')
  return (
    <DetailSection title={t('register.roles.holderOn')}>
      <div className={styles.holderOn}>
        <DateField
          className={styles.dateInput}
          label={t('fields.date')}
          value={date}
          onChange={(value) => setDate(value ?? localIsoDate())}
        />
        {names !== undefined && (
          <Caption1 aria-live="polite">
            {names
              ? t('register.roles.holderOnResult', { date: formatDate(date), name: names })
              : t('register.roles.holderOnNone', { date: formatDate(date) })}
          </Caption1>
        )}
      </div>
    </DetailSection>
  )
}

/** Marks that a holder left without a successor yet: the role stands vacant from the next day. */
function EndHoldingForm({ holding, onClose }: { holding: Holding; onClose: () => void }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const form = useForm('roles.endHolding', { id: holding.id, toDate: localIsoDate() })
  return (
    <FormDialog
      title={t('register.roles.endHoldingTitle', { name: holding.personName })}
      submitLabel={t('register.roles.endHolding')}
      onClose={onClose}
      onSubmit={form.submit}
      error={form.error}
      busy={form.busy}
    >
      <DateField
        label={t('fields.toDate')}
        required
        value={form.values.toDate}
        onChange={(value) => form.set('toDate', value ?? '')}
        validationMessage={form.fieldError('toDate')}
      />
      <Caption1 className={styles.muted}>{t('register.roles.endHoldingHint')}</Caption1>
    </FormDialog>
  )
}

function AssignHolderForm({ role, onClose }: { role: Role; onClose: () => void }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const people = usePeopleOptions()
  const form = useForm('roles.assignHolder', {
    roleId: role.id,
    personId: null,
    fromDate: localIsoDate(),
    toDate: null,
  })
  const { values, set, fieldError } = form

  return (
    <FormDialog
      title={t('register.roles.assignTitle', { role: `${role.title}, ${role.organisationName}` })}
      onClose={onClose}
      onSubmit={form.submit}
      error={form.error}
      busy={form.busy}
    >
      <EntityPicker label={t('fields.personId')} required options={people} {...form.bind('personId')} />
      <FieldGrid>
        <DateField
          label={t('fields.fromDate')}
          required
          value={values.fromDate}
          onChange={(value) => set('fromDate', value ?? '')}
          validationMessage={fieldError('fromDate')}
        />
        <DateField label={t('fields.toDate')} {...form.bind('toDate')} />
      </FieldGrid>
      {/* Only a one-seat role has a "previous holder" whose period is closed. */}
      {role.seats === 1 && <Caption1 className={styles.muted}>{t('register.roles.assignHint')}</Caption1>}
    </FormDialog>
  )
}

function RoleForm({
  editing,
  defaults,
}: {
  editing: Editing<Role>
  /** The list's filters, so "Nytt verv" while viewing one organisation starts there. */
  defaults: { kind: RoleKind | null; organisationId: number | null }
}) {
  const { t } = useTranslation()
  const organisations = useOrganisationOptions()
  const r = editing.row
  const form = useForm('roles.save', {
    ...(r ? { id: r.id } : {}),
    title: r?.title ?? '',
    kind: r?.kind ?? defaults.kind ?? 'annet',
    organisationId: r?.organisationId ?? defaults.organisationId ?? null,
    seats: r?.seats ?? 1,
  })
  const { values, set, fieldError } = form
  // Kept as typed so the field can be empty while the user retypes it.
  const [seatsText, setSeatsText] = useState(String(values.seats ?? 1))
  const kindLabel = (code: RoleKind) => t(`vocabulary.roleKind.${code}`)

  function changeKind(kind: RoleKind | null) {
    if (kind === null) return
    // The title follows the kind until the user writes one of their own.
    const title = values.title.trim()
    if (title === '' || title === kindLabel(values.kind)) set('title', kindLabel(kind))
    set('kind', kind)
  }

  return (
    <FormDialog
      title={r ? t('register.roles.editTitle') : t('register.roles.newTitle')}
      onClose={editing.close}
      onSubmit={form.submit}
      error={form.error}
      busy={form.busy}
    >
      <FieldGrid>
        <CodeDropdown
          autoFocus
          label={t('fields.kind')}
          required
          codes={roleKinds}
          labelOf={kindLabel}
          value={values.kind}
          onChange={changeKind}
          validationMessage={fieldError('kind')}
        />
        <EntityPicker
          label={t('fields.organisationId')}
          required
          options={organisations}
          {...form.bind('organisationId')}
        />
      </FieldGrid>
      <TextField label={t('fields.title')} required {...form.bind('title')} />
      <Field label={t('fields.seats')} validationMessage={fieldError('seats')} style={{ maxWidth: 160 }}>
        <Input
          type="number"
          min={1}
          max={99}
          step={1}
          value={seatsText}
          onChange={(_, d) => {
            setSeatsText(d.value)
            set('seats', d.value.trim() === '' ? null : Number(d.value))
          }}
        />
      </Field>
    </FormDialog>
  )
}
