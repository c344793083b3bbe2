import { Field, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SeatRef, SeatRefInput } from '../../../shared/register'
import { EntityPicker } from '../kit/EntityPicker'
import { usePeopleOptions, useRoleOptions } from './options'

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
  kinds: { flexShrink: 0 },
  picker: { flex: 1, minWidth: 0 },
})

interface Props {
  label: string
  value: SeatRefInput | null
  onChange: (value: SeatRef | null) => void
  validationMessage?: string
  required?: boolean
}

/**
 * A seat is a named person or a role that follows its holder ("Kommunedirektør, Arendal
 * kommune"). Roles with several seats (a board) cannot be a seat: they are left out here.
 */
export function SeatPicker({ label, value, onChange, validationMessage, required }: Props) {
  const { t } = useTranslation()
  const styles = useStyles()
  const people = usePeopleOptions()
  const roles = useRoleOptions(true)
  const [kind, setKind] = useState<'person' | 'role'>(value?.roleId ? 'role' : 'person')

  return (
    <Field label={label} required={required} validationMessage={validationMessage}>
      <div className={styles.row}>
        <RadioGroup
          className={styles.kinds}
          layout="horizontal"
          aria-label={label}
          value={kind}
          onChange={(_, data) => {
            setKind(data.value === 'role' ? 'role' : 'person')
            onChange(null)
          }}
        >
          <Radio value="person" label={t('register.bodies.memberKindPerson')} />
          <Radio value="role" label={t('register.bodies.memberKindRole')} />
        </RadioGroup>
        <EntityPicker
          compact
          className={styles.picker}
          label={label}
          placeholder={t('app.search')}
          required={required}
          value={kind === 'person' ? (value?.personId ?? null) : (value?.roleId ?? null)}
          options={kind === 'person' ? people : roles}
          onChange={(id) =>
            onChange(
              id === null ? null : kind === 'person' ? { personId: id, roleId: null } : { personId: null, roleId: id },
            )
          }
        />
      </div>
    </Field>
  )
}
