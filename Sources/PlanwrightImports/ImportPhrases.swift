import PlanwrightDocument
import PlanwrightModel

/// Parts of the import's messages that are phrases of their own, worded in the reader's language.
enum ImportPhrases {
    /// "; did you mean 'x'?" worded, or nothing when no candidate is close (see `Suggestion`).
    static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> Message.Value {
        Suggestion.hint(word, in: candidates)
    }

    /// "; paths are relative to the plan file's folder" when a file named in the plan is not there.
    static func paths(_ problem: SourceFiles.Problem) -> Message.Value {
        problem.isMissing ? .message(Message("import_paths_are_relative")) : .text("")
    }

    /// Items separated by commas alone, as a run of examples rather than a sentence's "a, b and c".
    static func commaSeparated(_ items: [Message.Value]) -> Message.Value {
        guard let first = items.first else { return .text("") }
        guard items.count > 1 else { return first }
        return .message(Message("import_comma_separated", ["first": first, "rest": commaSeparated(Array(items.dropFirst()))]))
    }
}
