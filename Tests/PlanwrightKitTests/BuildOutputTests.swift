import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Every output of the example plan, compared byte for byte with the committed golden files.
struct BuildOutputTests {
    static let goldenFolder = GoldenOutputTests.folder.appendingPathComponent("build")

    static func render(_ plan: ImprovementPlan, templates: URL? = nil) throws -> HandoutRenderer.Output {
        let loaded = TemplateSet.load(overrides: templates)
        let set = try #require(loaded.templates, "\(loaded.diagnostics.map(\.message))")
        return HandoutRenderer(templates: set).render(plan)
    }

    @Test func everyOutputMatchesItsGoldenFile() throws {
        let output = try Self.render(try GoldenOutputTests.examplePlan())
        #expect(output.diagnostics.isEmpty, "\(output.diagnostics.map(\.message))")
        if GoldenFile.isRegenerating {
            try? FileManager.default.removeItem(at: Self.goldenFolder)
            _ = try OutputDirectory.write(output.files, to: Self.goldenFolder)
            return
        }
        let manifest = try String(contentsOf: Self.goldenFolder.appendingPathComponent(OutputDirectory.manifestName), encoding: .utf8)
        let listed = OutputManifest.parse(manifest).manifest
        #expect(listed.files.map(\.description).sorted() == output.files.map(\.path).sorted(), "the set of output files changed")
        for file in output.files {
            let expected = try String(contentsOf: Self.goldenFolder.appendingPathComponent(file.path), encoding: .utf8)
            #expect(file.contents == expected, "\(file.path) differs from its golden file; regenerate deliberately and review the diff")
        }
    }

    @Test func renderingIsDeterministic() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let first = try Self.render(plan).files.map { "\($0.path)\n\($0.contents)" }
        #expect(try Self.render(plan).files.map { "\($0.path)\n\($0.contents)" } == first)
    }

    @Test func everythingFromThePlanIsEscapedInHTML() throws {
        let result = PlanFixture.run("""
            planwright: 1
            district:
              name: 'Tom & "Jerry" District'
              vision: "Learn <script>alert(2)</script> **well**"
              team: [{ name: Ann Lee, role: Grade 3 Teacher }]
            framework: edtech-systems
            year: { start: 2026-08-24, end: 2027-06-11, early_release: wednesday }
            assessment: { date: 2026-05-14, ratings: { shared-vision: { current: 2, target: 3, evidence: "<img src=x onerror=alert(3)>" } } }
            schools: [{ id: north, name: North, principal: "<b>Pat</b>" }]
            staff:
              - { id: s1, name: "<script>alert(1)</script>", school: north, comfort: 5, champion: yes }
              - { id: s2, name: 'Tom & "Jerry"', school: north, comfort: 2 }
            goals: [{ id: g, title: "<i>Goal</i>", indicators: [shared-vision], milestones: [{ id: m, title: "A & B <u>", days: 2 }],
                      measures: [{ name: "<svg onload=alert(4)>", unit: "<em>", baseline: 1, target: 5, observations: [{ date: 2026-09-01, value: 2 }] }] }]
            """)
        let plan = try #require(result.improvementPlan)
        let files = Dictionary(try Self.render(plan).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        let input = PlanDocument.Input(plan)
        let pages = PlanDocuments.all.flatMap { document in
            document.paths(school: document.scope == .district ? nil : "north", in: input).filter { $0.hasSuffix(".html") }
        }
        #expect(pages == ["plan.html", "board.html", "schools/north.html", "schools/north-people.html", "schools/north-family.en.html"])
        for path in pages {
            let html = try #require(files[path])
            #expect(!html.contains("<script>alert"), "\(path) lets a script through")
            #expect(!html.contains("<img src=x"), "\(path) lets raw HTML through")
            #expect(!html.contains("<b>Pat</b>") && !html.contains("<i>Goal</i>") && !html.contains("<u>"))
            // Measure names and units reach the progress section and its SVG charts' labels.
            #expect(!html.contains("<svg onload") && !html.contains("<em>"), "\(path) lets a measure's markup through")
            // Families read neither measures nor staff names (see FamilyPagesTests).
            let family = path.contains("-family.")
            #expect(html.contains("&lt;svg onload=alert(4)&gt;") || path.hasSuffix("-people.html") || family, "the people page has no measures")
            // The district plan and the board's page name no staff.
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || path == "plan.html" || path == "board.html" || family)
            #expect(html.contains("Tom &amp; &quot;Jerry&quot;"))
        }
        // Markdown in the plan becomes HTML, minus raw HTML.
        #expect(files["plan.html"]!.contains("<strong>well</strong>"))
        #expect(files["plan.html"]!.contains("raw HTML omitted"))
    }

    @Test func aNameFromAnotherViewIsAnErrorAtItsLineWhenRendered() throws {
        // 'vision' is a real name, but only the district plan has it, not a school handout.
        let folder = try Self.templates(["school.md.mustache": "{{% CONTENT_TYPE: TEXT}}\n# {{school}}\n\n{{#champions}}- {{vision}}\n{{/champions}}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try Self.render(try GoldenOutputTests.examplePlan(), templates: folder)
        let error = try #require(output.diagnostics.first)
        #expect(error.message == "template 'school.md' uses 'vision', which the school handout does not have")
        #expect(error.location?.line == 4)
        #expect(error.location?.file.hasSuffix("school.md.mustache") == true)
    }

    @Test func aMisspeltNameIsFoundWhenTemplatesLoad() throws {
        let folder = try Self.templates(["school.md.mustache": "{{% CONTENT_TYPE: TEXT}}\n# {{school}}\n\n{{#champions}}- {{nmae}}\n{{/champions}}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(TemplateSet.load(overrides: folder).diagnostics.first)
        #expect(error.message == "template 'school.md' uses 'nmae', which no handout view has; did you mean 'name'?")
        #expect(error.location?.line == 4)
    }

    @Test func aMisspeltNameInASectionEmptyForThisPlanIsFoundWhenTemplatesLoad() throws {
        // Every school of the example has a champion, so `{{#without}}` never renders here.
        let folder = try Self.templates(["school.md.mustache": "{{% CONTENT_TYPE: TEXT}}\n# {{school}}\n{{#without}}\n- {{reasn}}\n{{/without}}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = TemplateSet.load(overrides: folder)
        #expect(loaded.templates == nil)
        let error = try #require(loaded.diagnostics.first)
        #expect(error.message == "template 'school.md' uses 'reasn', which no handout view has; did you mean 'reason'?")
        #expect(error.location?.line == 4)
    }

    /// A template's words come from the strings file: a key it lacks is found when templates
    /// load, and a key it has reaches the page in English.
    @Test func aTemplateNamesWordsOfTheStringsFile() throws {
        let bad = try Self.templates(["school.md.mustache": "{{% CONTENT_TYPE: TEXT}}\n# {{school}}\n\n## {{{t.school_focus_headng}}}\n"])
        defer { try? FileManager.default.removeItem(at: bad) }
        let loaded = TemplateSet.load(overrides: bad)
        #expect(loaded.templates == nil)
        let error = try #require(loaded.diagnostics.first)
        #expect(error.message.hasPrefix("template 'school.md' uses 't.school_focus_headng', but the strings file en.po has no plain text 'school_focus_headng'; did you mean 'school_focus_heading'?"))
        #expect(error.location?.line == 4)
        let good = try Self.templates(["school.md.mustache": "{{% CONTENT_TYPE: TEXT}}\n# {{school}}\n\n## {{{t.school_focus_heading}}}\n"])
        defer { try? FileManager.default.removeItem(at: good) }
        let output = try Self.render(try GoldenOutputTests.examplePlan(), templates: good)
        #expect(output.diagnostics.isEmpty)
        #expect(output.files.first { $0.path.hasPrefix("schools/") && $0.path.hasSuffix(".md") }?.contents.contains("## This cycle's focus\n") == true)
    }

    /// Mustache's list helpers (`first()`, `last()`, …) are no view's names but always there;
    /// a misspelt one is still a typo.
    @Test func listHelpersAreKnownAndTheirTyposAreNot() throws {
        let good = try Self.templates(["school.md.mustache": "{{% CONTENT_TYPE: TEXT}}\n# {{school}}\n{{#champions}}{{name}}{{^last()}}, {{/last()}}{{#first()}}!{{/first()}}{{/champions}}\n"])
        defer { try? FileManager.default.removeItem(at: good) }
        #expect(TemplateSet.load(overrides: good).diagnostics.isEmpty)
        let bad = try Self.templates(["school.md.mustache": "{{% CONTENT_TYPE: TEXT}}\n# {{school}}\n{{#champions}}{{name}}{{^lastt()}}, {{/lastt()}}{{/champions}}\n"])
        defer { try? FileManager.default.removeItem(at: bad) }
        let error = try #require(TemplateSet.load(overrides: bad).diagnostics.first)
        #expect(error.message.hasPrefix("template 'school.md' uses 'lastt', which no handout view has"))
    }

    /// A template of 6,000 typos is reported like a plan of them: the cap, then one line saying
    /// how many more (and the suggestions are worked out only for the ones listed).
    @Test func aTemplateFullOfTyposIsReportedWithinTheCap() throws {
        let folder = try Self.templates(["school.md.mustache": "{{% CONTENT_TYPE: TEXT}}\n" + String(repeating: "{{nope}}\n", count: 6_000)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = TemplateSet.load(overrides: folder)
        #expect(loaded.templates == nil)
        #expect(loaded.diagnostics.count <= 205)
        let total = loaded.diagnostics.reduce(0) { $0 + ($1.summarizes ?? 1) }
        #expect(total == 6_000)
        #expect(loaded.diagnostics.last?.message.hasPrefix("… and 5,800 more errors like this, not listed: template 'school.md' uses 'nope'") == true)
    }

    /// Mustache's parser takes time in the square of a template's size: a template past 64 KB
    /// (the built-in ones are under 5 KB) is refused before it is parsed.
    @Test func aTemplateTooLargeToParseQuicklyIsRefused() throws {
        let folder = try Self.templates(["school.md.mustache": "{{% CONTENT_TYPE: TEXT}}\n" + String(repeating: "{{nope}}\n", count: 20_000)])
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = TemplateSet.load(overrides: folder)
        #expect(loaded.templates == nil)
        #expect(loaded.diagnostics.map(\.message) == ["the template 'school.md' cannot be used: it is 175 KB; Planwright reads files of this kind up to 64 KB"])
    }

    /// Views are built from `ViewKey`, so what they offer is in the vocabulary by construction;
    /// the other way, a key no view offers any more would let a template name it unchecked.
    @Test func theVocabularyIsExactlyTheNamesTheViewsOffer() throws {
        var plan = try GoldenOutputTests.examplePlan()
        // A tool's row offers its keys only where there are tools: the example's, or a fixture's.
        if plan.ecosystem?.tools.isEmpty ?? true { plan.ecosystem = EcosystemFixture.ecosystem(plan) }
        // The example plan has no warnings; one is added so the warnings list shows its keys.
        let warning = Diagnostic.warning(english: "a warning", at: SourceLocation(file: "Plans/maple-valley.yaml", line: 1, column: 1))
        var offered = TemplateSet.keys(in: HandoutViews.plan(plan, warnings: plan.diagnostics + [warning], people: PlannedPeople(plan)))
        offered.formUnion(TemplateSet.keys(in: HandoutViews.board(plan)))
        let people = HandoutViews.PeopleIndex(plan, people: PlannedPeople(plan))
        let input = PlanDocument.Input(plan)
        let families = HandoutViews.FamilyIndex(plan, schoolFiles: input.schoolFiles, wordings: input.wordings)
        for school in plan.schools {
            offered.formUnion(TemplateSet.keys(in: HandoutViews.school(school.id, in: plan)))
            offered.formUnion(TemplateSet.keys(in: HandoutViews.people(school.id, in: plan, index: people)))
            offered.formUnion(TemplateSet.keys(in: HandoutViews.family(school.id, words: input.wordings[1], audience: .families, in: plan, index: families)))
        }
        #expect(offered.subtracting(ViewKey.vocabulary).isEmpty, "\(offered.subtracting(ViewKey.vocabulary).sorted())")
        #expect(ViewKey.vocabulary.subtracting(offered).isEmpty, "no view offers these: \(ViewKey.vocabulary.subtracting(offered).sorted())")
    }

    /// The renderer writes what the documents declare, in their order: per-school documents
    /// side by side for each school, per-person ones for each member of staff, the district's
    /// where they stand in the list.
    @Test func theFilesAreTheDeclaredDocumentsInOrder() throws {
        let plan = try GoldenOutputTests.examplePlan()
        var declared: [String] = []
        let input = PlanDocument.Input(plan)
        var documents = PlanDocuments.all[...]
        while let first = documents.first {
            let run = first.scope == .district ? documents.prefix(1) : documents.prefix { $0.scope == first.scope }
            documents = documents.dropFirst(run.count)
            for id in first.scope.ids(in: plan) { declared += run.flatMap { $0.paths(school: id, in: input) } }
        }
        #expect(declared.contains("schools/lincoln.ics") && declared.contains("people/t-001.ics"))
        #expect(try Self.render(plan).files.map(\.path) == declared)
    }

    @Test func aTemplateSetWithoutATemplateAnOutputRendersIsRefused() throws {
        let folder = try Self.templates(["plan.md.mustache": "{{% CONTENT_TYPE: TEXT}}\n# {{district}}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = TemplateSet.load(builtIn: folder)
        #expect(loaded.templates == nil)
        #expect(loaded.diagnostics.map(\.message) == ["plan.html", "board.md", "board.html", "school.md", "school.html", "people.md", "people.html", "family.md", "family.html", "student.md", "student.html"]
            .map { "there is no template named '\($0)'" })
    }

    @Test func brokenTemplatesAndUnknownPartialsAreErrors() throws {
        let folder = try Self.templates(["plan.md.mustache": "{{% CONTENT_TYPE: TEXT}}\n{{#cycles}}\n{{name}}\n", "school.md.mustache": "{{> ../../secret}}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let loaded = TemplateSet.load(overrides: folder)
        #expect(loaded.templates == nil)
        let messages = loaded.diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("template 'plan.md' cannot be read") })
        #expect(messages.contains("template 'school.md' includes '../../secret', which is not a template of the set"))
    }

    @Test func overridesReplaceOnlyTheTemplatesTheyName() throws {
        let folder = try Self.templates(["school.md.mustache": "{{% CONTENT_TYPE: TEXT}}\nOur own: {{school}}\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try Self.render(try GoldenOutputTests.examplePlan(), templates: folder).files
        #expect(files.first { $0.path == "schools/lincoln.md" }?.contents == "Our own: Lincoln Elementary\n")
        #expect(files.first { $0.path == "plan.md" }?.contents.hasPrefix("# Maple Valley") == true)
    }

    static func templates(_ files: [String: String]) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return folder
    }
}

/// The output folder is never half-written, and only what Planwright wrote is ever removed.
struct OutputDirectoryTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func staleGeneratedFilesGoAndTheUsersOwnFilesStay() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        try "mine".write(to: out.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        _ = try OutputDirectory.write([("plan.md", "one"), ("schools/old.md", "old")], to: out)
        let summary = try OutputDirectory.write([("plan.md", "two")], to: out)
        #expect(summary.removed == ["schools/old.md"])
        #expect(try String(contentsOf: out.appendingPathComponent("plan.md"), encoding: .utf8) == "two")
        #expect(try String(contentsOf: out.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
    }

    @Test func pathsOutsideTheFolderAreRefusedBeforeAnythingIsWritten() throws {
        let out = try folder()
        defer { try? FileManager.default.removeItem(at: out) }
        #expect(throws: OutputDirectory.Failure.self) { try OutputDirectory.write([("plan.md", "x"), ("../escape.md", "x")], to: out) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }
}
