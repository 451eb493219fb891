import PlanwrightDocument

/// Reads school closures from an iCalendar file (RFC 5545), such as a district calendar
/// export: its events' occurrences in the school year (`ICSOccurrenceReader`), and what they
/// give the year (`ImportedClosures`).
public struct ICSClosureReader {
    /// The closures, sorted by date, and the calendar's text when its lines can be quoted.
    public typealias Result = Checked<[DateSpan]>

    public init() {}

    /// `year` nil reads every closure the file has (repeating ones up to the occurrence limit).
    public func read(_ source: SourceText, year: ClosedRange<SchoolDate>? = nil) -> Result {
        let occurrences = ICSOccurrenceReader().read(source, within: year)
        return Result(ImportedClosures.closures(from: occurrences.value, clippedTo: year),
                      diagnostics: occurrences.diagnostics, sources: occurrences.sources)
    }

    static func unfold(_ source: SourceText) -> [(text: String, line: Int)] { ICSText.unfold(source) }

    static func unescape(_ text: String) -> String { ICSText.unescape(text) }
}

extension Checked<[DateSpan]> {
    public var closures: [DateSpan] { value }
}
