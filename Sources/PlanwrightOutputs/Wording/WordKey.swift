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
}
