import ArgumentParser
import PlanwrightDocument
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

    /// Worded in English when ArgumentParser checks the group (see `AllowPathOption.validate`).
    func validate() throws { try validate(wording: .english) }

    func validate(wording: Wording) throws {
        if let text, SchoolDate(iso: text) == nil { throw ValidationError(wording.say(Message("cli_as_of_not_a_date"))) }
        // Unfinished work is re-planned after the as-of date; near year 9999 it would end in a
        // year of five digits, which no date here can be written with.
        if let date, date.components.year >= Self.lastYear {
            // The years are digits alone, as dates write them.
            throw ValidationError(wording.say(Message("cli_as_of_too_far_ahead", ["date": .text("\(date)"), "year": .text(String(Self.lastYear))])))
        }
    }
}
