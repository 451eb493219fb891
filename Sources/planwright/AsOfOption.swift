import ArgumentParser
import PlanwrightModel

/// `--as-of DATE`: the date progress is judged on and unfinished work re-planned from.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"),
            help: "The date to report progress on and re-plan unfinished work from, written YYYY-MM-DD (default: the latest date the plan records progress, or the first day of school).")
    var text: String?

    init() {}
    init(text: String?) { self.text = text }

    var date: SchoolDate? { text.flatMap(SchoolDate.init(iso:)) }

    /// The first year refused: a century of room for whatever is re-planned.
    static let lastYear = 9900

    func validate() throws {
        if let text, SchoolDate(iso: text) == nil { throw ValidationError("--as-of must be a date written YYYY-MM-DD, such as 2026-11-20") }
        // Unfinished work is re-planned after the as-of date; near year 9999 it would end in a
        // year of five digits, which no date here can be written with.
        if let date, date.components.year >= Self.lastYear {
            throw ValidationError("--as-of \(date) is too far ahead: work re-planned from it would end past the year 9999; give a date before \(Self.lastYear)")
        }
    }
}
