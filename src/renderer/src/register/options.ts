import { useMemo } from 'react'
import { useApiQuery } from '../api/hooks'
import type { PickerOption } from '../kit/EntityPicker'

/**
 * Register entries as choices for pickers, each with the detail that tells namesakes apart.
 * Restricted (sperret) and erased people are withheld: a picker shows them where they are
 * already chosen, and never offers them for new work.
 */
export function usePeopleOptions(): PickerOption[] {
  const { data } = useApiQuery('people.list', {})
  return useMemo(
    () =>
      (data ?? []).map((p) => ({
        id: p.id,
        label: p.name,
        detail: p.organisationName ?? p.title,
        withheld: p.restrictedAt !== null || p.erasedAt !== null,
      })),
    [data],
  )
}

export function useOrganisationOptions(): PickerOption[] {
  const { data } = useApiQuery('organisations.list', {})
  return useMemo(() => (data ?? []).map((o) => ({ id: o.id, label: o.name, detail: o.regionName })), [data])
}

export function useRegionOptions(): PickerOption[] {
  const { data } = useApiQuery('regions.list', {})
  return useMemo(() => (data ?? []).map((r) => ({ id: r.id, label: r.name })), [data])
}

/** Roles, labelled "Ordfører, Arendal kommune", with today's holder as detail. */
export function useRoleOptions(singleSeatOnly = false): PickerOption[] {
  const { data } = useApiQuery('roles.list', {})
  return useMemo(
    () =>
      (data ?? [])
        .filter((r) => !singleSeatOnly || r.seats === 1)
        .map((r) => ({
          id: r.id,
          label: `${r.title}, ${r.organisationName}`,
          detail: r.holders.map((h) => h.name).join(', ') || null,
        })),
    [data, singleSeatOnly],
  )
}

export function useBodyOptions(): PickerOption[] {
  const { data } = useApiQuery('bodies.list', {})
  return useMemo(() => (data ?? []).map((b) => ({ id: b.id, label: b.name, detail: b.shortCode })), [data])
}
