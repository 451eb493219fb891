import ArgumentParser
import PlanwrightDocument
import PlanwrightOutputs

/// `--language CODE`: the language a terminal report is written in, from its strings file
/// (`Templates/strings/<code>.po`), so a board member can read `status` or `diff` in Spanish.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("language"),
            help: ArgumentHelp("The language to write in, such as en or es: the code of a strings file in Templates/strings.", valueName: "code"))
    var code: String = "en"

    init() {}

    /// A code with no strings file, or a broken one, is wrong usage: said before any plan is read,
    /// in English, as there are no words in the language asked for (`Wording+Load` says why in English).
    func validate() throws {
        let loaded = load()
        if loaded.value == nil {
            throw ValidationError("--language \(TerminalText.clean(code)): " + loaded.diagnostics.map { TerminalText.clean($0.message) }.joined(separator: "; "))
        }
    }

    /// The wording; English when the code is `en`, as every output writes it by default.
    var wording: Wording { load().value ?? .english }

    private func load() -> Checked<Wording?> { code == "en" ? Checked(Optional(Wording.english)) : Wording.load(language: code) }
}
