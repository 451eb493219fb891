import PlanwrightDocument
import PlanwrightModel

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
        return Result(days, diagnostics: occurrences.diagnostics + LeftOutWarnings(unclear: days.unclear).diagnostics, sources: occurrences.sources)
    }

    static func unfold(_ source: SourceText) -> [(text: String, line: Int)] { ICSText.unfold(source) }

    static func unescape(_ text: String) -> String { ICSText.unescape(text) }
}

extension Checked<ImportedDays> {
    package var closures: [DateSpan] { value.closed }
}
