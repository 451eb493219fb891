import PlanwrightDocument

/// Reads a school calendar from an iCalendar file (RFC 5545), such as a district calendar
/// export: its events' occurrences in the school year (`ICSOccurrenceReader`), and what each
/// gives the year by what it means (`ImportedDays`, `EventClassifier`).
package struct ICSCalendarReader {
    /// The days, and the calendar's text when its lines can be quoted.
    package typealias Result = Checked<ImportedDays>

    /// Events a warning names before it counts the rest.
    static let unmatchedNamed = 10

    let classifier: EventClassifier

    package init(classifier: EventClassifier = EventClassifier()) { self.classifier = classifier }

    /// `year` nil reads every event the file has (repeating ones up to the occurrence limit).
    package func read(_ source: SourceText, year: ClosedRange<SchoolDate>? = nil) -> Result {
        // From the month before the first day: a "Teacher Workday" before it is a pre-service day.
        let window = year.map { $0.lowerBound.adding(days: -SchoolYear.preServiceDays)...$0.upperBound }
        let occurrences = ICSOccurrenceReader().read(source, within: window, year: year)
        let days = ImportedDays(occurrences.value, clippedTo: year, classifier: classifier)
        return Result(days, diagnostics: occurrences.diagnostics + unmatchedWarning(days.unmatched, in: source), sources: occurrences.sources)
    }

    /// One warning for the all-day events nothing classified, at the first of them: what they
    /// are, that they were left out, and how to say what they mean.
    private func unmatchedWarning(_ unmatched: [CalendarOccurrence], in source: SourceText) -> [Diagnostic] {
        guard let first = unmatched.min(by: { $0.location < $1.location }) else { return [] }
        let named = unmatched.prefix(Self.unmatchedNamed).map { "'\(Excerpt.of($0.summary ?? "(no title)"))' on \($0.first)" }
        let more = unmatched.count > Self.unmatchedNamed ? " and \(unmatched.count - Self.unmatchedNamed) more" : ""
        let count = unmatched.count == 1 ? "1 all-day event" : "\(unmatched.count) all-day events"
        return [.warning("\(count) in this calendar say nothing the planner knows, so they close no school day: \(named.joined(separator: ", "))\(more); "
                         + "if one is a closure, an early release, a PD day or testing, say so under 'year.import_rules', such as { words: [Conferences], means: closed }",
                         at: first.location)]
    }

    static func unfold(_ source: SourceText) -> [(text: String, line: Int)] { ICSText.unfold(source) }

    static func unescape(_ text: String) -> String { ICSText.unescape(text) }
}

extension Checked<ImportedDays> {
    package var closures: [DateSpan] { value.closed }
}
