/// The keys code asks `Wording` for, so a misspelt key does not compile. Templates name their
/// keys directly (`{{{t.school_focus_heading}}}`); both kinds are checked against every
/// language's strings file by `WordingCoverageTests`. Grouped by the output that uses them;
/// add a key here and its English text in `Templates/strings/en.po` together.
public enum WordKey: String, CaseIterable, Sendable {
    // MARK: Dates (the order of a date's parts is the language's)
    case dateShort = "date_short"
    case dateWithYear = "date_with_year"
}
