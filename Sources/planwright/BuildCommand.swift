import ArgumentParser
import Foundation
import PlanwrightDocument
import PlanwrightPlanning
import PlanwrightOutputs

/// `planwright build FILE --out DIR`: check, plan and render every output. On any error it
/// writes nothing; otherwise the folder gets all outputs at once (see `OutputDirectory`).
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the handouts: district plan and school handouts (Markdown, HTML), calendars, CSV and JSON.")

    @Argument(help: "The plan file.")
    var file: String

    @Option(help: "The folder to write the outputs to.")
    var out: String

    @OptionGroup var templates: TemplatesOption

    /// Also the date school handouts count their coming weeks from.
    @OptionGroup var asOf: AsOfOption

    @OptionGroup var allowed: AllowPathOption

    @Option(help: ArgumentHelp("The languages family and student pages are made in, such as en,es, in place of the plan's families.languages (the pages, not the terminal: see --language).",
                               valueName: "codes"))
    var languages: String?

    /// The terminal's language (messages and the closing lines), not the pages' (`--languages`).
    @OptionGroup var language: LanguageOption

    func run() throws { try run(wording: language.wording) }

    /// The build, its terminal lines worded in `wording`. The "planwright: note:" prefixes stay
    /// as they are, like the severities `DiagnosticPrinter` writes: names a script can match on.
    func run(wording: Wording) throws {
        // A build killed while moving its files in is finished or undone before anything else.
        do {
            if let recovered = try OutputDirectory.recover(out) {
                FileHandle.standardError.write(Data("planwright: note: \(TerminalText.clean(wording.say(recovered)))\n".utf8))
            }
        } catch let failure as OutputDirectory.Failure {
            try exitWithError(TerminalText.clean(wording.say(failure.reason)), status: ExitStatus.usage)
        }
        let result = allowed.pipeline(Planner(asOf: asOf.date, familyLanguages: familyLanguages)).run(path: file)
        var printer = DiagnosticPrinter(sources: result.sources, wording: wording)
        let loaded = templates.load()
        loaded.sources.forEach { printer.add($0) }
        var problems = result.diagnostics.filter { $0.severity != .note } + loaded.diagnostics
        guard let planned = result.improvementPlan, let set = loaded.templates, !problems.hasErrors else {
            try fail(problems, printer, unreadable: result.unreadable, wording)
        }
        let output = HandoutRenderer(templates: set).render(planned)
        problems += output.diagnostics
        guard !output.diagnostics.hasErrors else { try fail(problems, printer, unreadable: false, wording) }
        do {
            let summary = try OutputDirectory.write(output.files, to: URL(fileURLWithPath: out))
            FileHandle.standardError.write(Data(printer.render(problems).utf8))
            if let recovered = summary.recovered { FileHandle.standardError.write(Data("planwright: note: \(TerminalText.clean(wording.say(recovered)))\n".utf8)) }
            for warning in summary.warnings { FileHandle.standardError.write(Data("planwright: warning: \(TerminalText.clean(wording.say(warning)))\n".utf8)) }
            // The date the handouts speak for, first: a build on another day gives the same one.
            print(AsOfLine.render(planned, wording), terminator: "")
            // One line, naming the folder and a school id: cleaned so neither can act on the terminal.
            print(TerminalText.clean(wording.say(summary.wrote(to: out, firstSchool: planned.schools.first?.id))))
        } catch let failure as OutputDirectory.Failure {
            try exitWithError(TerminalText.clean(wording.say(failure.reason)), status: ExitStatus.usage)
        }
    }

    /// `--languages en,es`: the codes, in order, each once.
    private var familyLanguages: [String]? {
        languages.map { list in
            var seen = Set<String>()
            return list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty && seen.insert($0).inserted }
        }
    }

    private func fail(_ problems: [Diagnostic], _ printer: DiagnosticPrinter, unreadable: Bool, _ wording: Wording) throws -> Never {
        let after = wording.say(Message("build_nothing_written", ["out": .text(out)])) + "\n"
        try exitPrintingProblems(problems, printer, files: 1, unreadable: unreadable, after: after)
    }
}

/// `--templates DIR`: a district's own templates, each replacing the built-in one of the same name.
struct TemplatesOption: ParsableArguments {
    @Option(help: "A folder of templates that replace the built-in ones of the same name.")
    var templates: String?

    init() {}
    init(templates: String?) { self.templates = templates }

    func load() -> TemplateSet.Loaded {
        TemplateSet.load(overrides: templates.map { URL(fileURLWithPath: $0, isDirectory: true) })
    }
}
