import type { Generated, Selectable } from 'kysely'

/** Row shapes as stored. They never leave `db/`: repositories map them to the shared types. */
export interface Database {
  setting: { key: string; value: string }
  region: { id: Generated<number>; name: string }
  organisation: {
    id: Generated<number>
    name: string
    short_name: string
    kind: string
    region_id: number | null
    notes: string
    created_at: string
    updated_at: string
  }
  person: {
    id: Generated<number>
    name: string
    title: string
    organisation_id: number | null
    email: string
    phone: string
    notes: string
    created_at: string
    updated_at: string
    /** Set while the person is restricted (sperret): kept in the record, not used for new work. */
    restricted_at: Generated<string | null>
    restriction_reason: Generated<string>
    /** Set once the personal data is erased; the row stays, pseudonymised. */
    erased_at: Generated<string | null>
  }
  role: {
    id: Generated<number>
    title: string
    kind: string
    organisation_id: number
    seats: number
    created_at: string
    updated_at: string
  }
  role_holding: {
    id: Generated<number>
    role_id: number
    person_id: number
    from_date: string
    to_date: string | null
  }
  body: {
    id: Generated<number>
    name: string
    short_code: string
    level: string
    parent_body_id: number | null
    region_id: number | null
    case_label_format: string
    default_place: string
    default_duration_minutes: number
    secretary_person_id: number | null
    notes: string
    case_deadline_working_days: Generated<number>
    notice_days: Generated<number>
    minutes_working_days: Generated<number>
    assessment_title: Generated<string>
    /** JSON: `StandardItemSetting[]`. */
    standard_items: Generated<string>
    postponed_keeps_number: Generated<number>
    /** Absolute path the archive system imports from; '' while not chosen. */
    archive_folder: Generated<string>
    quorum: number | null
    item_attendance: Generated<number>
    created_at: string
    updated_at: string
  }
  membership: {
    id: Generated<number>
    body_id: number
    person_id: number | null
    role_id: number | null
    function: string
    represents_organisation_id: number | null
    represents_region_id: number | null
    from_date: string
    to_date: string | null
    notes: string
  }
  membership_deputy: {
    membership_id: number
    position: number
    person_id: number | null
    role_id: number | null
  }
  meeting: {
    id: Generated<number>
    body_id: number
    date: string
    start_time: string
    end_time: string
    place: string
    video_link: string
    kind: string
    status: string
    notes: string
    notice_sent_at: string | null
    uid: string
    sequence: number
    case_deadline_working_days: number | null
    notice_days: number | null
    minutes_working_days: number | null
    origin: string | null
    number: number | null
    minutes_approved_at: Generated<string | null>
    minutes_approved_in_meeting_id: Generated<number | null>
    created_at: string
    updated_at: string
  }
  meeting_move: {
    id: Generated<number>
    meeting_id: number
    from_date: string
    from_start: string
    to_date: string
    to_start: string
    after_notice: number
    moved_at: string
  }
  body_rhythm: {
    id: Generated<number>
    body_id: number
    weekday: number
    ordinal: number
    months: string
    start_time: string
    end_time: string
    place: string
    kind: string
  }
  cycle_item: {
    id: Generated<number>
    title: string
    body_id: number | null
    category: string
    responsible: string
    timing: string
    month: number | null
    week: number | null
    anchor: string | null
    anchor_date: string | null
    prerequisite_body_ids: string
    notes: string
  }
  matter: { id: Generated<number>; created_at: string }
  case_item: {
    id: Generated<number>
    matter_id: number
    body_id: number
    title: string
    kind: string
    status: string
    officer_person_id: number | null
    archive_ref: string
    /** The sections as the editor's JSON. */
    background: string
    facts: string
    assessment: string
    proposal: string
    forwarded_from_id: number | null
    created_at: string
    updated_at: string
  }
  case_attachment: {
    id: Generated<number>
    case_id: number
    position: number
    title: string
    file_name: string
    mime_type: string
    size: number
    sha256: string
    added_at: string
  }
  case_link: { case_id: number; linked_case_id: number }
  agenda_item: {
    id: Generated<number>
    meeting_id: number
    position: number
    kind: string
    case_id: number | null
    standard_key: string | null
    title: Generated<string>
    numbered: number
    number: number | null
    late: Generated<number>
    withdrawn_at: string | null
    postponed_at: string | null
    postponed_to_meeting_id: number | null
    programme_kind: string | null
    duration_minutes: number | null
    speaker: Generated<string>
    presenter: Generated<string>
    summary: Generated<string>
    decision: string | null
  }
  case_number: { body_id: number; year: number; sequence: number; agenda_item_id: number | null; fixed_at: string }
  notice_record: { id: Generated<number>; meeting_id: number; kind: string; sent_at: string; agenda: string }
  follow_up: {
    id: Generated<number>
    agenda_item_id: number
    what: string
    responsible: string
    due_date: string | null
    done_at: string | null
    created_at: string
  }
  invitation_rule: {
    id: Generated<number>
    body_id: number | null
    meeting_id: number | null
    position: number
    kind: string
    label: string
    member_body_id: number | null
    /** Comma separated role kinds. */
    role_kinds: string
    role_id: number | null
    organisation_id: number | null
    organisation_kind: string | null
    region_id: number | null
    person_id: number | null
  }
  substitute_rule: {
    id: Generated<number>
    body_id: number | null
    meeting_id: number | null
    kind: string
    label: string
    role_kind: string
    organisation_id: number | null
    substitute_role_kind: string | null
    substitute_person_id: number | null
    companions: number
  }
  invitation: {
    meeting_id: number
    person_id: number
    source: string
    stands_in_for_person_id: number | null
    companion_of_person_id: number | null
    status: Generated<string>
    status_date: string | null
    decline_reason: Generated<string>
    attendance: Generated<string>
    arrived_at_item_id: number | null
    left_after_item_id: number | null
    host: Generated<number>
    on_sent_list: Generated<number>
  }
  invitation_change: {
    id: Generated<number>
    meeting_id: number
    person_id: number | null
    change: string
    description: string
    changed_at: string
  }
  action_plan: {
    id: Generated<number>
    title: string
    period_from: number
    period_to: number
    owner_body_id: number
    strategy: string
    notes: string
    created_at: string
    updated_at: string
  }
  plan_node: {
    id: Generated<number>
    plan_id: number
    parent_id: number | null
    level: string
    position: number
    title: string
    responsible_organisation_id: number | null
    responsible_body_id: number | null
    responsible_person_id: number | null
    time_frame: string
    resources: string
    indicator: string
    notes: string
    created_at: string
    updated_at: string
  }
  plan_review: {
    id: Generated<number>
    plan_id: number
    title: string
    review_date: string
    notes: string
    created_at: string
  }
  measure_status: { review_id: number; node_id: number; status: string; comment: string; set_at: string }
  plan_input: {
    id: Generated<number>
    plan_id: number
    node_id: number | null
    review_id: number | null
    from_body_id: number
    person_id: number | null
    given_on: string
    text: string
    created_at: string
  }
  plan_link: {
    id: Generated<number>
    node_id: number
    case_id: number | null
    follow_up_id: number | null
    status: string | null
    created_at: string
  }
  minutes_correction: {
    id: Generated<number>
    meeting_id: number
    agenda_item_id: number | null
    reason: string
    before: string
    after: string
    corrected_at: string
  }
  archive_record: {
    id: Generated<number>
    body_id: number | null
    kind: string
    /** JSON: the DocumentRequest. */
    request: string
    title: string
    folder: string
    /** JSON: ManifestEntry[]. */
    files: string
    /** JSON: made file name -> fingerprint. */
    fingerprints: string
    exported_at: string
  }
  /** FTS5 table; rowid is the case's id. Written and queried only in repositories/case-search.ts. */
  case_search: { rowid: number; title: string; body: string; decisions: string }
}

export type Row<T extends keyof Database> = Selectable<Database[T]>
