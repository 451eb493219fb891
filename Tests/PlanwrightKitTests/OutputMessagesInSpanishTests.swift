import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// What `build` and `init` print about the output folder and the files they read is worded from
/// the strings files: a refused output folder, a plan that cannot be read, a file outside the plan's
/// tree, a file too large, the rollover's tally. English stays as it was; Spanish has no English in it.
struct OutputMessagesInSpanishTests {
    static func spanish() throws -> Wording { try #require(Wording.load(language: "es").value) }

    /// Why writing `files` into the scratch output folder was refused.
    static func refusal(_ scratch: OutputScratch, writing files: [(path: String, contents: String)]) throws -> Message {
        let failure = #expect(throws: OutputDirectory.Failure.self) { try OutputDirectory.write(files, to: scratch.out) }
        return try #require(failure).reason
    }

    @Test func aFileWhereAFolderMustBeIsRefused() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.write("not a folder", to: "schools")
        let reason = try Self.refusal(scratch, writing: [("schools/a.md", "new")])
        #expect(Wording.english.say(reason) == "'schools' in the output folder is not a folder, but Planwright puts files in it; "
                + "move it away, or choose another --out folder; the output folder was not changed")
        #expect(try Self.spanish().say(reason) == "'schools' en la carpeta de salida no es una carpeta, pero Planwright pone archivos en ella; "
                + "muévalo a otro lugar o elija otra carpeta con --out; la carpeta de salida no se modificó")
    }

    @Test func aLinkWhereAFileGoesIsRefused() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.link("plan.md", to: scratch.outside)
        let reason = try Self.refusal(scratch, writing: [("plan.md", "new")])
        #expect(Wording.english.say(reason) == "'plan.md' in the output folder is a symbolic link, where Planwright writes a file; Planwright does not write "
                + "through links. Remove the link, or choose another --out folder; the output folder was not changed")
        #expect(try Self.spanish().say(reason) == "'plan.md' en la carpeta de salida es un enlace simbólico, donde Planwright escribe un archivo; Planwright "
                + "no escribe a través de enlaces. Quite el enlace o elija otra carpeta con --out; la carpeta de salida no se modificó")
    }

    /// The kind of thing found is a phrase with its verb, so Spanish can say "no es" where English says "is not".
    @Test func aFileUnderPlanwrightsStagingNameIsRefusedWithItsKind() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.write("mine", to: ".planwright-staging")
        let reason = try Self.refusal(scratch, writing: [("plan.md", "new")])
        #expect(Wording.english.say(reason) == "'.planwright-staging' in the output folder is a file, but Planwright keeps its own staging folder under "
                + "that name; move it away, or choose another --out folder")
        #expect(try Self.spanish().say(reason).hasPrefix("'.planwright-staging' en la carpeta de salida es un archivo, pero Planwright guarda"))
        #expect(try Self.spanish().say(OutputRecovery.describe(.other)) == "no es un archivo común")
    }

    @Test func manifestLinesLeftAloneAreNotedInSpanish() throws {
        let scratch = try OutputScratch()
        defer { scratch.remove() }
        try scratch.write("../elsewhere.md\n", to: OutputDirectory.manifestName)
        let summary = try OutputDirectory.write([("plan.md", "new")], to: scratch.out)
        let warning = try #require(summary.warnings.first)
        #expect(Wording.english.say(warning) == "line 1 of '.planwright-manifest' names '../elsewhere.md', which is not a plain path inside the output folder; Planwright left it alone")
        #expect(try Self.spanish().say(warning) == "la línea 1 de '.planwright-manifest' indica '../elsewhere.md', que no es una ruta simple dentro de la carpeta de salida; "
                + "Planwright lo dejó como estaba")
        #expect(try Self.spanish().say(summary.wrote(to: "out", firstSchool: "lincoln")) == "se escribió 1 archivo en out; abra out/plan.html y out/schools/lincoln.html")
    }

    @Test func theBuildLineKeepsItsEnglish() throws {
        let summary = OutputDirectory.Summary(written: 159, removed: ["a.md", "b.md"])
        #expect(Wording.english.say(summary.wrote(to: "out", firstSchool: "lincoln")) == "wrote 159 files to out, removed 2 stale ones; open out/plan.html and out/schools/lincoln.html")
        #expect(Wording.english.say(OutputDirectory.Summary(written: 1, removed: ["a.md"]).wrote(to: "out", firstSchool: nil)) == "wrote 1 file to out, removed 1 stale one; open out/plan.html")
        #expect(try Self.spanish().say(summary.wrote(to: "out", firstSchool: nil)) == "se escribieron 159 archivos en out, se eliminaron 2 obsoletos; abra out/plan.html")
    }

    @Test func anUnreadablePlanPathSaysWhyInSpanish() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-missing-\(UUID().uuidString)/plan.yaml").path
        let error = try #require(PlanPipeline().run(path: path).diagnostics.first)
        #expect(error.message == "cannot read '\(path)': no such file")
        #expect(try Self.spanish().say(error.content) == "no se puede leer '\(path)': el archivo no existe")
    }

    @Test func aFileOutsideThePlansTreeIsRefusedInSpanish() throws {
        let scratch = try NamedFileSafetyTests.Scratch()
        defer { scratch.remove() }
        try scratch.write("outside/closures.ics", NamedFileSafetyTests.calendar)
        try FileManager.default.createDirectory(at: scratch.url("plan"), withIntermediateDirectories: true)
        let tree = PlanTree(planFile: scratch.url("plan/p.yaml").path)
        let home = try #require(PlanTree.realPath(scratch.url("plan").path))
        guard case let .failure(problem) = SourceFiles.read(scratch.url("outside/closures.ics").path, inside: tree) else {
            Issue.record("a file outside the tree was read"); return
        }
        #expect(Wording.english.say(problem.reason) == "it is outside the plan's folder (\(home)); move it next to the plan or allow its folder with --allow-path")
        #expect(try Self.spanish().say(problem.reason) == "está fuera de la carpeta del plan (\(home)); muévalo junto al plan o permita su carpeta con --allow-path")
    }

    @Test func aFileTooLargeSaysBothSizesInSpanish() throws {
        let scratch = try NamedFileSafetyTests.Scratch()
        defer { scratch.remove() }
        try scratch.write("big.yaml", String(repeating: "#", count: 5000))
        var limits = LoaderLimits()
        limits.maxFileBytes = 2048
        guard case let .failure(problem) = SourceFiles.read(scratch.url("big.yaml").path, limits: limits) else {
            Issue.record("a file past the limit was read"); return
        }
        #expect(Wording.english.say(problem.reason) == "it is 4 KB; Planwright reads files of this kind up to 2 KB")
        #expect(try Self.spanish().say(problem.reason) == "ocupa 4 KB; Planwright lee archivos de este tipo de hasta 2 KB")
        #expect(FileSize(bytes: 64 * 1_048_576).description == "64 MB")
    }

    @Test func theRolloverTallyCountsInEachLanguage() throws {
        let summary = NewPlan.Summary(from: SchoolYearName(firstYear: 2026), to: SchoolYearName(firstYear: 2027), milestonesLeftBehind: 3,
                                      milestonesCarried: 1, goalsLeftBehind: 0, ratingsRaised: 1, stepsDone: 2)
        #expect(Wording.english.say(summary.tally) == "3 finished milestones left behind, 1 unfinished milestone carried over, 1 rating raised, 2 framework steps recorded as done")
        #expect(try Self.spanish().say(summary.tally) == "3 hitos terminados se dejaron atrás, 1 hito sin terminar pasó al nuevo año, 1 calificación subió, "
                + "2 pasos del marco se registraron como hechos")
        let rolled = Message("init_rolled_over", ["file": .text("plans/2027-28.yaml"), "to": .text("2027-28"), "from": .text("2026-27"), "summary": .message(summary.tally)])
        #expect(try Self.spanish().say(rolled).hasPrefix("se escribió plans/2027-28.yaml: 2027-28 a partir de 2026-27; 3 hitos terminados"))
    }
}
