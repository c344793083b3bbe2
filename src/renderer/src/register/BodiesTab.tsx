import { Button, Field, Input, makeStyles, Tooltip } from '@fluentui/react-components'
import { AddRegular, DismissRegular, PeopleCommunityRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatCaseLabel } from '../../../shared/case-label'
import { defaultStandardItems, type Body, type Membership } from '../../../shared/register'
import { bodyLevels, type BodyLevel } from '../../../shared/vocabulary'
import { ApiFailure, useApiMutation, useApiQuery } from '../api/hooks'
import { ConfirmDialog } from '../kit/ConfirmDialog'
import { DetailPane, Properties } from '../kit/DetailPane'
import { CodeDropdown } from '../kit/CodeDropdown'
import { EntityPicker } from '../kit/EntityPicker'
import { FieldGrid, FieldGrid3, FormDialog } from '../kit/FormDialog'
import { NumberField } from '../kit/NumberField'
import { TextField } from '../kit/TextField'
import { useForm } from '../kit/use-form'
import { BodyAgendaSettings, BodyAgendaSummary } from './BodyAgendaSettings'
import { MembershipForm } from './MembershipForm'
import { useBodyOptions, usePeopleOptions, useRegionOptions } from './options'
import { EntryList, MembershipList } from './relations'
import { RegisterTab, type Editing } from './RegisterTab'

const useStyles = makeStyles({ filter: { width: '240px' } })

export function BodiesTab() {
  const { t } = useTranslation()
  const [search, setSearch] = useState('')
  const [level, setLevel] = useState<BodyLevel | null>(null)
  const list = useApiQuery('bodies.list', { search, kind: level ?? undefined })
  const all = useApiQuery('bodies.list', {})
  const styles = useStyles()
  const levelLabel = (code: BodyLevel) => t(`vocabulary.bodyLevel.${code}`)

  return (
    <RegisterTab<Body>
      label={t('register.tabs.bodies')}
      newLabel={t('register.bodies.new')}
      emptyTitle={t('register.bodies.empty')}
      emptyBody={t('register.bodies.emptyBody')}
      emptyIcon={<PeopleCommunityRegular />}
      rows={list.data}
      total={all.data?.length}
      search={search}
      onSearch={setSearch}
      filtered={level !== null}
      onClearFilters={() => setLevel(null)}
      filters={
        <CodeDropdown
          compact
          label={t('register.filterLevel')}
          codes={bodyLevels}
          labelOf={levelLabel}
          value={level}
          onChange={setLevel}
          allLabel={t('app.all')}
          className={styles.filter}
        />
      }
      columns={[
        { key: 'name', header: t('columns.name'), render: (b) => b.name, width: '34%' },
        { key: 'code', header: t('columns.shortCode'), render: (b) => b.shortCode, width: '110px' },
        { key: 'level', header: t('columns.level'), render: (b) => t(`vocabulary.bodyLevel.${b.level}`) },
        { key: 'parent', header: t('columns.parent'), render: (b) => b.parentName ?? '' },
        { key: 'members', header: t('columns.members'), render: (b) => b.memberCount, width: '100px' },
      ]}
      nameOf={(b) => b.name}
      deleteOperation="bodies.delete"
      detail={(body, actions) => <BodyDetail body={body} onEdit={actions.edit} onDelete={actions.remove} />}
      form={(editing) => <BodyForm editing={editing} />}
    />
  )
}

function BodyDetail({ body, onEdit, onDelete }: { body: Body; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation()
  const detail = useApiQuery('bodies.get', { id: body.id })
  // undefined: closed; null: a new membership; otherwise the one being edited.
  const [membership, setMembership] = useState<Membership | null | undefined>(undefined)
  const [removing, setRemoving] = useState<Membership | null>(null)
  const remove = useApiMutation('memberships.delete')
  const year = new Date().getFullYear()
  return (
    <DetailPane
      title={body.name}
      subtitle={`${body.shortCode} · ${t(`vocabulary.bodyLevel.${body.level}`)}`}
      onEdit={onEdit}
      onDelete={onDelete}
    >
      <Properties
        items={[
          [t('fields.parentBodyId'), body.parentName],
          [t('fields.regionId'), body.regionName],
          [t('fields.caseLabelFormat'), formatCaseLabel(body.caseLabelFormat, 9, year)],
          [t('fields.defaultPlace'), body.defaultPlace],
          [t('fields.defaultDurationMinutes'), t('register.bodies.minutes', { count: body.defaultDurationMinutes })],
          [t('fields.secretaryPersonId'), body.secretaryName],
          [
            t('meetings.deadlines'),
            `${t('cycle.deadline.caseDeadline')} ${body.caseDeadlineWorkingDays} · ${t('cycle.deadline.notice')} ${body.noticeDays} · ${t('cycle.deadline.minutes')} ${body.minutesWorkingDays}`,
          ],
          [t('register.bodies.agenda'), <BodyAgendaSummary key="agenda" body={body} />],
          [t('fields.notes'), body.notes],
        ]}
      />
      <MembershipList
        title={t('register.bodies.members')}
        empty={t('register.bodies.noMembers')}
        memberships={detail.data?.memberships}
        show="member"
        onOpen={setMembership}
        extra={(m) => (
          <Tooltip content={t('app.remove')} relationship="label">
            <Button
              size="small"
              appearance="subtle"
              icon={<DismissRegular />}
              onClick={() => (remove.reset(), setRemoving(m))}
            />
          </Tooltip>
        )}
        action={
          <Button size="small" icon={<AddRegular />} onClick={() => setMembership(null)}>
            {t('register.bodies.addMember')}
          </Button>
        }
      />
      {detail.data && detail.data.children.length > 0 && (
        <EntryList
          title={t('register.bodies.children')}
          empty=""
          items={detail.data.children.map((c) => ({ id: c.id, primary: c.name }))}
        />
      )}
      {membership !== undefined && (
        <MembershipForm body={body} membership={membership} onClose={() => setMembership(undefined)} />
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('register.bodies.deleteMember', { name: removing?.member.label ?? '', body: body.name })}
        confirmLabel={t('app.remove')}
        busy={remove.isPending}
        error={remove.error instanceof ApiFailure ? remove.error.message : null}
        onClose={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate({ id: removing.id }, { onSuccess: () => setRemoving(null) })}
      >
        {t('register.deleteBody')}
      </ConfirmDialog>
    </DetailPane>
  )
}

function BodyForm({ editing }: { editing: Editing<Body> }) {
  const { t } = useTranslation()
  const bodies = useBodyOptions().filter((b) => b.id !== editing.row?.id)
  const regions = useRegionOptions()
  const people = usePeopleOptions()
  const b = editing.row
  const form = useForm('bodies.save', {
    ...(b ? { id: b.id } : {}),
    name: b?.name ?? '',
    shortCode: b?.shortCode ?? '',
    level: b?.level ?? 'arbeidsgruppe',
    parentBodyId: b?.parentBodyId ?? null,
    regionId: b?.regionId ?? null,
    caseLabelFormat: b?.caseLabelFormat ?? '{nr}/{år}',
    defaultPlace: b?.defaultPlace ?? '',
    defaultDurationMinutes: b?.defaultDurationMinutes ?? 120,
    secretaryPersonId: b?.secretaryPersonId ?? null,
    notes: b?.notes ?? '',
    caseDeadlineWorkingDays: b?.caseDeadlineWorkingDays ?? 10,
    noticeDays: b?.noticeDays ?? 7,
    minutesWorkingDays: b?.minutesWorkingDays ?? 10,
    assessmentTitle: b?.assessmentTitle ?? 'Vurdering',
    standardItems: b?.standardItems ?? defaultStandardItems,
    postponedKeepsNumber: b?.postponedKeepsNumber ?? true,
  })
  const { values, set, fieldError } = form
  const labelFormat = values.caseLabelFormat ?? ''
  return (
    <FormDialog
      title={b ? t('register.bodies.editTitle') : t('register.bodies.newTitle')}
      onClose={editing.close}
      onSubmit={form.submit}
      error={form.error}
      busy={form.busy}
    >
      <FieldGrid>
        <TextField label={t('fields.name')} required autoFocus {...form.bind('name')} />
        <TextField label={t('fields.shortCode')} required {...form.bind('shortCode')} />
        <CodeDropdown
          label={t('fields.level')}
          required
          codes={bodyLevels}
          labelOf={(code) => t(`vocabulary.bodyLevel.${code}`)}
          value={values.level}
          onChange={(level) => level && set('level', level)}
          validationMessage={fieldError('level')}
        />
        <EntityPicker label={t('fields.parentBodyId')} options={bodies} {...form.bind('parentBodyId')} />
        <EntityPicker label={t('fields.regionId')} options={regions} {...form.bind('regionId')} />
        <Field
          label={t('fields.caseLabelFormat')}
          required
          validationMessage={fieldError('caseLabelFormat')}
          hint={
            labelFormat.includes('{nr}')
              ? t('register.bodies.labelExample', { label: formatCaseLabel(labelFormat, 9, new Date().getFullYear()) })
              : undefined
          }
        >
          <Input value={labelFormat} onChange={(_, d) => set('caseLabelFormat', d.value)} />
        </Field>
        <TextField label={t('fields.defaultPlace')} {...form.bind('defaultPlace')} />
        <Field label={t('fields.defaultDurationMinutes')} validationMessage={fieldError('defaultDurationMinutes')}>
          <Input
            type="number"
            min={15}
            step={15}
            value={String(values.defaultDurationMinutes ?? '')}
            onChange={(_, d) => set('defaultDurationMinutes', d.value === '' ? null : Number(d.value))}
          />
        </Field>
        <EntityPicker label={t('fields.secretaryPersonId')} options={people} {...form.bind('secretaryPersonId')} />
      </FieldGrid>
      <FieldGrid3>
        {(['caseDeadlineWorkingDays', 'noticeDays', 'minutesWorkingDays'] as const).map((rule) => (
          <NumberField key={rule} label={t(`fields.${rule}`)} required min={0} max={60} {...form.bind(rule)} />
        ))}
      </FieldGrid3>
      <BodyAgendaSettings
        assessmentTitle={values.assessmentTitle ?? ''}
        standardItems={values.standardItems ?? []}
        postponedKeepsNumber={values.postponedKeepsNumber ?? true}
        onAssessmentTitle={(v) => set('assessmentTitle', v)}
        onStandardItems={(v) => set('standardItems', v)}
        onPostponedKeepsNumber={(v) => set('postponedKeepsNumber', v)}
        assessmentError={fieldError('assessmentTitle')}
        standardItemsError={fieldError('standardItems')}
      />
      <TextField label={t('fields.notes')} multiline {...form.bind('notes')} />
    </FormDialog>
  )
}
