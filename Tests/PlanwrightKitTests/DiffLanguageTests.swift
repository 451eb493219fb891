import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs

/// `diff` and `status` speak the language asked for (`--language es`), every phrase from the
/// strings files: a Spanish-speaking board member reads them in Spanish.
struct DiffLanguageTests {
    static let fixtures = DiffCommandTests.fixtures

    func run(_ arguments: [String]) throws -> CommandLineTests.Run {
        try CommandLineTests().run(arguments, in: GoodPlanTests.packageRoot)
    }

    /// The realistic change of `DiffCommandTests`, planned once.
    static let realisticDiff: PlanDiff = {
        let root = GoodPlanTests.packageRoot
        let side = { (name: String) -> PlanDiffer.Side in
            let path = root.appendingPathComponent("\(fixtures)/maple-valley-\(name).yaml").path
            return PlanDiffer.Side(planned: PlanPipeline().run(path: path).improvementPlan!, file: "\(name).yaml")
        }
        return PlanDiffer().diff(side("before"), side("after"))
    }()

    /// The diff in the pseudo-language (every text of en.po in ⟦…⟧): outside the brackets, only
    /// the plans' own text, ids, numbers, money and the model's day and month names remain.
    @Test func aDiffWritesNoEnglishOutsideTheStringsFile() throws {
        var markdown = PlanDiffMarkdown.render(Self.realisticDiff, NoStrayEnglishTests.pseudo)
        #expect(markdown.contains("⟦Changes to the plan: "))
        // What the planner names itself (a cycle, its review) is a fact, worded from the strings file too.
        #expect(markdown.contains("⟦Study and adjust: what ⟦Cycle 1⟧'s measures and milestones show; keep, change or stop⟧"))
        #expect(!markdown.contains("Study and adjust: what Cycle 1"))
        markdown = markdown.replacingOccurrences(of: "`cycle-1-review`", with: " ")  // an id
        // The fixture's own additions to the example plan.
        let fixtureText = ["Family", "night", "each", "what", "your", "child", "sees", "New", "access", "points", "General", "fund", "technology", "Jordan", "Blake"]
        let stray = Set(NoStrayEnglishTests.strayWords(markdown)).subtracting(NoStrayEnglishTests.modelWords).subtracting(fixtureText)
        // "FY2027": the fiscal year's name, written by the model for every language until it has a key.
        #expect(stray.subtracting(["FY"]).isEmpty, "the diff writes English outside the strings file: \(stray.sorted())")
    }

    @Test func diffInSpanishFromTheCommandLine() throws {
        let result = try run(["diff", "--language", "es", "\(Self.fixtures)/maple-valley-before.yaml", "\(Self.fixtures)/maple-valley-after.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("## Cambios en el plan: Maple Valley Unified School District\n"))
        #expect(result.stdout.contains("**12 hitos movidos, 1 añadido, 1 quitado, 1 cambiado; "))
        #expect(result.stdout.contains("| Hito | Antes | Ahora | Días escolares | Por qué |"))
        #expect(!result.stdout.contains("milestones moved") && !result.stdout.contains("Schedule"))
    }

    @Test func statusInSpanishFromTheCommandLine() throws {
        let result = try run(["status", "--language", "es", "Plans/maple-valley.yaml"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Maple Valley Unified School District: avance\n"))
        // Counts agree with their state ("3 terminados"), a projected month is the language's own.
        #expect(result.stdout.contains("1 atrasado · 0 en riesgo · 31 a tiempo · 3 terminados\n"))
        #expect(result.stdout.contains("hacia septiembre de 2028"))
        let english = try run(["status", "Plans/maple-valley.yaml"])
        #expect(english.stdout.contains("SURVEY RESPONSES") && !result.stdout.contains("SURVEY RESPONSES"))
        #expect(!result.stdout.contains(" responses"))
    }

    @Test func aLanguageWithoutAStringsFileIsWrongUsage() throws {
        let unknown = try run(["status", "--language", "xx", "Plans/maple-valley.yaml"])
        #expect(unknown.status == 2)
        #expect(unknown.stdout.isEmpty)
        #expect(unknown.stderr.contains("--language xx: there are no words for the language 'xx'"))
        let path = try run(["diff", "--language", "../en", "Plans/maple-valley.yaml", "Plans/maple-valley.yaml"])
        #expect(path.status == 2)
        #expect(path.stderr.contains("is not a language code such as en, es or pt-BR"))
    }

    /// `diff --since` says why it cannot read the earlier version from facts, in the language asked for.
    @Test func aRevisionThatCannotBeReadIsSaidInTheLanguage() throws {
        let failure = GitSnapshot.Failure(kind: .unknownRevision, path: "plans/plan.yaml", revision: "v9")
        #expect(GitSnapshotWords.message(failure) == "'v9' is not a revision of the git repository holding 'plans/plan.yaml'; 'git log' lists them")
        let spanish = try #require(Wording.load(language: "es").value)
        #expect(GitSnapshotWords.message(failure, spanish) == "'v9' no es una revisión del repositorio git que contiene 'plans/plan.yaml'; 'git log' las muestra")
    }
}
