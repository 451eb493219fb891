import ArgumentParser

/// `--format text|json`, shared by every command that reports.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct FormatOption: ParsableArguments {
    @Option(help: "How to print the results: text (like a compiler) or json (for editors and CI).")
    var format: OutputFormat = .text
}
