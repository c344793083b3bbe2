/**
 * Closed lists the register uses. Codes are stored; labels live in the string catalog
 * (`nb.vocabulary`), so a list can be translated without touching data.
 */
export const organisationKinds = [
  'kommune',
  'fylkeskommune',
  'helseforetak',
  'brukerorganisasjon',
  'fastlegerepresentasjon',
  'ks',
  'statsforvalter',
  'utdanning',
  'annet',
] as const
export type OrganisationKind = (typeof organisationKinds)[number]

/** Role kinds let later rules say "all mayors" without naming 25 roles. */
export const roleKinds = [
  'ordforer',
  'varaordforer',
  'fylkesordforer',
  'kommunedirektor',
  'fylkeskommunedirektor',
  'kommunalsjef',
  'kommuneoverlege',
  'administrerende_direktor',
  'direktor',
  'styreleder',
  'styremedlem',
  'stortingsrepresentant',
  'fastlegerepresentant',
  'brukerrepresentant',
  'tillitsvalgt',
  'radgiver',
  'annet',
] as const
export type RoleKind = (typeof roleKinds)[number]

export const membershipFunctions = ['leder', 'nestleder', 'medlem', 'observator', 'sekretar'] as const
export type MembershipFunction = (typeof membershipFunctions)[number]

export const bodyLevels = [
  'politisk',
  'strategisk',
  'arbeidsutvalg',
  'regionalt',
  'fagrad',
  'arbeidsgruppe',
  'konferanse',
] as const
export type BodyLevel = (typeof bodyLevels)[number]
