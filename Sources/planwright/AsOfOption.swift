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

    func validate() throws {
        if let text, SchoolDate(iso: text) == nil { throw ValidationError("--as-of must be a date written YYYY-MM-DD, such as 2026-11-20") }
    }
}
