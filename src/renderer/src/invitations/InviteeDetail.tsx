import {
  Button,
  Caption1,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Subtitle1,
  Switch,
  ToggleButton,
  tokens,
} from '@fluentui/react-components'
import { DeleteRegular, MailOffRegular, PersonAddRegular, PersonDeleteRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatDate } from '../../../shared/dates'
import type { AttendanceValue, Invitee, InvitationList, RsvpStatus } from '../../../shared/invitations'
import { ConfirmDialog } from '../kit/ConfirmDialog'
import { DetailSection, Properties } from '../kit/DetailPane'
import { EntityPicker } from '../kit/EntityPicker'
import { ErrorBar } from '../kit/ErrorBar'
import { TextField } from '../kit/TextField'
import { useApiMutation } from '../api/hooks'
import { usePeopleOptions } from '../register/options'
import { StatusLabel } from './StatusLabel'
import type { TableMode } from './InviteeTable'
import type { InvitationActions } from './use-invitations'

const useStyles = makeStyles({
  pane: {
    width: '320px',
    flexShrink: 0,
    borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: 'auto',
    display: 'flex',
    flexDirection: 'column',
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalS}`,
  },
  subtitle: { color: tokens.colorNeutralForeground3 },
  hint: { color: tokens.colorNeutralForeground3, padding: tokens.spacingHorizontalL },
  reasons: { margin: 0, paddingLeft: '18px', display: 'flex', flexDirection: 'column', gap: '2px' },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  line: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  warn: {
    color: tokens.colorPaletteDarkOrangeForeground1,
    display: 'inline-flex',
    alignItems: 'center',
    gap: '4px',
  },
  footer: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
})

interface Props {
  mode: TableMode
  list: InvitationList
  invitee: Invitee | null
  actions: InvitationActions
  locked: boolean
}

/** The selected person in full: why invited, the answer, who stands in, companions, attendance. */
export function InviteeDetail({ mode, list, invitee, actions, locked }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  if (!invitee)
    return (
      <aside className={styles.pane}>
        <p className={styles.hint}>{t('invitations.selectHint')}</p>
      </aside>
    )
  const i = invitee
  return (
    <aside className={styles.pane} aria-label={i.name}>
      <div className={styles.header}>
        <Subtitle1 as="h2">{i.name}</Subtitle1>
        <Caption1 className={styles.subtitle}>{[i.title, i.organisationName].filter(Boolean).join(' · ')}</Caption1>
      </div>
      <Properties
        items={[
          [t('invitations.detail.source'), t(`invitations.source.${i.source}`)],
          [t('invitations.columns.category'), t(`invitationText.category.${i.category}`)],
          [t('invitations.detail.region'), i.regionName],
          [
            t('invitations.detail.membership'),
            i.membershipFunction ? t(`vocabulary.membershipFunction.${i.membershipFunction}`) : null,
          ],
          [
            t('invitations.detail.deputy'),
            i.hasDeputy === null
              ? null
              : i.hasDeputy
                ? t('invitations.detail.hasDeputy')
                : t('invitations.detail.noDeputy'),
          ],
          [
            t('invitations.detail.email'),
            i.email || (
              <span className={styles.warn}>
                <MailOffRegular aria-hidden />
                {t('invitations.noEmail')}
              </span>
            ),
          ],
          [t('invitations.detail.phone'), i.phone],
        ]}
      />
      <DetailSection title={t('invitations.detail.why')}>
        <ul className={styles.reasons}>
          {i.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </DetailSection>
      {mode === 'list' ? (
        <AnswerSection key={`${i.personId}-${i.declineReason}`} invitee={i} actions={actions} />
      ) : null}
      {mode === 'attendance' ? <AttendanceSection list={list} invitee={i} actions={actions} locked={locked} /> : null}
      {i.status === 'declined' && <SubstituteSection invitee={i} actions={actions} />}
      {i.companionsAllowed > 0 && <CompanionSection key={i.personId} list={list} invitee={i} actions={actions} />}
      {i.source !== 'rule' && <RemoveFooter invitee={i} actions={actions} />}
    </aside>
  )
}

function AnswerSection({ invitee: i, actions }: { invitee: Invitee; actions: InvitationActions }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [reason, setReason] = useState(i.declineReason)
  const setStatus = (status: RsvpStatus) =>
    void actions.respond(i.personId, status, status === 'declined' ? reason : '')
  const shortcut: Record<RsvpStatus, string> = { accepted: 'J', declined: 'N', noAnswer: 'U', invited: 'I' }
  return (
    <DetailSection title={t('invitations.detail.answer')}>
      <div className={styles.stack}>
        <div className={styles.buttons} role="group" aria-label={t('invitations.detail.setStatus')}>
          {(['accepted', 'declined', 'noAnswer', 'invited'] as const).map((s) => (
            <ToggleButton
              key={s}
              size="small"
              checked={i.status === s}
              title={shortcut[s]}
              onClick={() => setStatus(s)}
            >
              {t(`invitations.status.${s}`)}
            </ToggleButton>
          ))}
        </div>
        {i.statusDate && i.status !== 'invited' && (
          <Caption1 className={styles.muted}>
            <StatusLabel status={i.status} /> · {t('invitations.answered', { date: formatDate(i.statusDate) })}
          </Caption1>
        )}
        {i.status === 'declined' && (
          <Field label={t('invitations.detail.reason')}>
            <Input
              value={reason}
              onChange={(_, d) => setReason(d.value)}
              onBlur={() => reason.trim() !== i.declineReason && setStatus('declined')}
              onKeyDown={(e) => e.key === 'Enter' && reason.trim() !== i.declineReason && setStatus('declined')}
            />
          </Field>
        )}
      </div>
    </DetailSection>
  )
}

function SubstituteSection({ invitee: i, actions }: { invitee: Invitee; actions: InvitationActions }) {
  const { t } = useTranslation()
  const styles = useStyles()
  let content
  if (i.substitute)
    content = (
      <span>
        {t('invitations.substituteInvited', {
          name: i.substitute.name,
          status: t(`invitations.status.${i.substitute.status}`).toLowerCase(),
        })}
      </span>
    )
  else if (i.proposal)
    content = (
      <div className={styles.stack}>
        <span>
          {t('invitations.proposal', { name: i.proposal.name, description: i.proposal.description })}
          {!i.proposal.hasEmail && ` · ${t('invitations.proposalNoEmail')}`}
        </span>
        <div>
          <Button
            appearance="primary"
            size="small"
            icon={<PersonAddRegular />}
            title="V"
            onClick={() => i.proposal && void actions.inviteSubstitute(i.personId, i.proposal.personId)}
          >
            {t('invitations.inviteProposal', { name: i.proposal.name })}
          </Button>
        </div>
      </div>
    )
  else content = <span className={styles.muted}>{t('invitations.noProposal')}</span>
  return <DetailSection title={t('invitations.detail.substitute')}>{content}</DetailSection>
}

function CompanionSection({
  list,
  invitee: i,
  actions,
}: {
  list: InvitationList
  invitee: Invitee
  actions: InvitationActions
}) {
  const { t } = useTranslation()
  const styles = useStyles()
  const people = usePeopleOptions()
  const createPerson = useApiMutation('people.save')
  const [adding, setAdding] = useState<'pick' | 'new' | null>(null)
  const [personId, setPersonId] = useState<number | null>(null)
  const [person, setPerson] = useState({ name: '', title: '', email: '' })
  const companions = list.invitees.filter((c) => c.companionOf?.personId === i.personId)
  const onList = new Set(list.invitees.map((c) => c.personId))
  const full = i.companionsUsed >= i.companionsAllowed
  const done = () => {
    setAdding(null)
    setPersonId(null)
    setPerson({ name: '', title: '', email: '' })
  }
  const add = async () => {
    let id = personId
    if (adding === 'new') {
      // Someone the register does not know yet: made in the host's organisation, then added.
      try {
        const created = await createPerson.mutateAsync({ ...person, organisationId: i.organisationId })
        id = created.id
      } catch {
        return
      }
    }
    if (id !== null && (await actions.addCompanion(i.personId, id))) done()
  }
  return (
    <DetailSection title={t('invitations.detail.companions')}>
      <div className={styles.stack}>
        {companions.length === 0 && <span className={styles.muted}>{t('invitations.detail.noCompanions')}</span>}
        {companions.map((c) => (
          <div key={c.personId} className={styles.line}>
            <span>
              {c.name} <span className={styles.muted}>· {t(`invitations.status.${c.status}`).toLowerCase()}</span>
            </span>
            <Button
              size="small"
              appearance="subtle"
              icon={<DeleteRegular />}
              aria-label={t('invitations.detail.remove', { name: c.name })}
              onClick={() => void actions.remove(c.personId)}
            />
          </div>
        ))}
        {adding === 'pick' && (
          <EntityPicker
            label={t('invitations.detail.companionPicker', { name: i.name })}
            options={people.filter((p) => !onList.has(p.id))}
            value={personId}
            onChange={setPersonId}
          />
        )}
        {adding === 'new' && (
          <>
            <ErrorBar message={createPerson.error?.message} />
            <TextField
              label={t('invitations.detail.newName')}
              required
              autoFocus
              value={person.name}
              onChange={(name) => setPerson({ ...person, name })}
            />
            <TextField
              label={t('invitations.detail.newTitle')}
              value={person.title}
              onChange={(title) => setPerson({ ...person, title })}
            />
            <TextField
              label={t('invitations.detail.email')}
              type="email"
              value={person.email}
              onChange={(email) => setPerson({ ...person, email })}
            />
            <Caption1 className={styles.muted}>
              {t('invitations.detail.newHint', { organisation: i.organisationName })}
            </Caption1>
          </>
        )}
        {adding !== null ? (
          <div className={styles.buttons}>
            <Button
              size="small"
              appearance="primary"
              disabled={adding === 'pick' ? personId === null : person.name.trim() === '' || createPerson.isPending}
              onClick={() => void add()}
            >
              {t('invitations.detail.addCompanionNow')}
            </Button>
            {adding === 'pick' ? (
              <Button size="small" appearance="subtle" onClick={() => setAdding('new')}>
                {t('invitations.detail.newPerson')}
              </Button>
            ) : null}
            <Button size="small" appearance="subtle" onClick={done}>
              {t('app.cancel')}
            </Button>
          </div>
        ) : full ? (
          <Caption1 className={styles.muted}>
            {t('invitations.detail.companionsFull', { count: i.companionsAllowed })}
          </Caption1>
        ) : (
          <div>
            <Button size="small" icon={<PersonAddRegular />} onClick={() => setAdding('pick')}>
              {t('invitations.detail.addCompanion', { used: i.companionsUsed, allowed: i.companionsAllowed })}
            </Button>
          </div>
        )}
      </div>
    </DetailSection>
  )
}

function AttendanceSection({
  list,
  invitee: i,
  actions,
  locked,
}: {
  list: InvitationList
  invitee: Invitee
  actions: InvitationActions
  locked: boolean
}) {
  const { t } = useTranslation()
  const styles = useStyles()
  const keyOf: Record<AttendanceValue, string> = { present: 'T', absent: 'F', unrecorded: '0' }
  const items = { arrivedAtItemId: i.arrivedAtItemId, leftAfterItemId: i.leftAfterItemId }
  const itemDropdown = (label: string, value: number | null, set: (id: number | null) => void) => (
    <Field label={label}>
      <Dropdown
        size="small"
        disabled={locked || i.attendance !== 'present'}
        value={
          value === null
            ? t('invitations.detail.wholeMeeting')
            : (list.agendaItems.find((a) => a.id === value)?.label ?? '')
        }
        selectedOptions={[value === null ? '' : String(value)]}
        onOptionSelect={(_, d) => set(d.optionValue ? Number(d.optionValue) : null)}
      >
        <Option value="">{t('invitations.detail.wholeMeeting')}</Option>
        {list.agendaItems.map((a) => (
          <Option key={a.id} value={String(a.id)} text={a.label}>
            {`${a.label} ${a.title}`}
          </Option>
        ))}
      </Dropdown>
    </Field>
  )
  return (
    <DetailSection title={t('invitations.columns.attendance')}>
      <div className={styles.stack}>
        <div className={styles.buttons} role="group" aria-label={t('invitations.columns.attendance')}>
          {(['present', 'absent', 'unrecorded'] as const).map((v) => (
            <ToggleButton
              key={v}
              size="small"
              disabled={locked}
              checked={i.attendance === v}
              title={keyOf[v]}
              onClick={() => void actions.setAttendance(i.personId, v, items)}
            >
              {t(`invitations.attendance.${v}`)}
            </ToggleButton>
          ))}
        </div>
        <Switch
          disabled={locked}
          checked={i.host}
          label={t('invitations.detail.host')}
          onChange={(_, d) => void actions.setHost(i.personId, d.checked)}
        />
        {list.itemAttendance && list.agendaItems.length > 0 && (
          <>
            {itemDropdown(
              t('invitations.detail.arrivedAt'),
              i.arrivedAtItemId,
              (id) => void actions.setAttendance(i.personId, i.attendance, { ...items, arrivedAtItemId: id }),
            )}
            {itemDropdown(
              t('invitations.detail.leftAfter'),
              i.leftAfterItemId,
              (id) => void actions.setAttendance(i.personId, i.attendance, { ...items, leftAfterItemId: id }),
            )}
          </>
        )}
      </div>
    </DetailSection>
  )
}

function RemoveFooter({ invitee: i, actions }: { invitee: Invitee; actions: InvitationActions }) {
  const { t } = useTranslation()
  const styles = useStyles()
  const [confirming, setConfirming] = useState(false)
  return (
    <div className={styles.footer}>
      <Button appearance="subtle" icon={<PersonDeleteRegular />} onClick={() => setConfirming(true)}>
        {t('invitations.detail.removeFromList')}
      </Button>
      <ConfirmDialog
        open={confirming}
        title={t('invitations.detail.removeTitle', { name: i.name })}
        confirmLabel={t('app.remove')}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false)
          void actions.remove(i.personId)
        }}
      >
        {t('invitations.detail.removeBody')}
      </ConfirmDialog>
    </div>
  )
}
