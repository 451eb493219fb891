/// The keys code asks `Wording` for, so a misspelt key does not compile. Templates name their
/// keys directly (`{{{t.school_focus_heading}}}`); both kinds are checked against every
/// language's strings file by `WordingCoverageTests`. Grouped by the output that uses them;
/// add a key here and its English text in `Templates/strings/en.po` together.
public enum WordKey: String, CaseIterable, Sendable {
    // MARK: Dates (the order of a date's parts is the language's)
    case dateShort = "date_short"
    case dateWithYear = "date_with_year"

    // MARK: Pilot groups (district plan, school handout)
    case pilotReasonChampion = "pilot_reason_champion"
    case pilotReasonVolunteer = "pilot_reason_volunteer"
    case pilotReasonSpreadsSchools = "pilot_reason_spreads_schools"
    case pilotReasonSpreadsComfort = "pilot_reason_spreads_comfort"
    case pilotReasonSpreadsSubjects = "pilot_reason_spreads_subjects"
    case pilotReasonEvensComfort = "pilot_reason_evens_comfort"
    case pilotReasonSeparator = "pilot_reason_separator"
    case pilotMemberListed = "pilot_member_listed"
    case pilotComfortUnrated = "pilot_comfort_unrated"
    case pilotListed = "pilot_listed"
    case pilotProposed = "pilot_proposed"
    case pilotAllProposed = "pilot_all_proposed"
    case pilotCoLead = "pilot_co_lead"
    // MARK: Voices (stakeholder surveys: the district plan, priorities, status, diff)
    case voicesGroupTeachers = "voices_group_teachers"
    case voicesGroupStudents = "voices_group_students"
    case voicesGroupFamilies = "voices_group_families"
    case voicesGroupStaff = "voices_group_staff"
    case voicesHeading = "voices_heading"
    case voicesExplanation = "voices_explanation"
    case voicesFewerThan = "voices_fewer_than"
    case voicesHidden = "voices_hidden"
    case voicesResponses = "voices_responses"
    case voicesLevel = "voices_level"
    case voicesLevelSpread = "voices_level_spread"
    case voicesView = "voices_view"
    case voicesNotAskedCell = "voices_not_asked_cell"
    case voicesGap = "voices_gap"
    case voicesDiscuss = "voices_discuss"
    case voicesGroupResponses = "voices_group_responses"
    case voicesWrittenAnswers = "voices_written_answers"
    case voicesStatusHeading = "voices_status_heading"
    case voicesDiffHeading = "voices_diff_heading"
    case voicesDiffViews = "voices_diff_views"
    case voicesDiffResponses = "voices_diff_responses"
    case voicesDiffChange = "voices_diff_change"
    case voicesNotSurveyed = "voices_not_surveyed"
    case voicesNotAsked = "voices_not_asked"
    case voicesTooFew = "voices_too_few"
    case voicesNowFlagged = "voices_now_flagged"
    case voicesNoLongerFlagged = "voices_no_longer_flagged"
}
