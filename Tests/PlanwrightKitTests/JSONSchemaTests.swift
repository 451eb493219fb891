import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// `planwright schema`: the committed schema is the generator's output, valid JSON Schema, and it
/// draws the line where the decoder does: it rejects what `check` rejects by shape and accepts
/// everything `check` reads, so an editor never marks a sound plan in red.
struct JSONSchemaTests {
    static let committed = GoodPlanTests.packageRoot.appendingPathComponent("Plans/planwright-plan.schema.json")

    func validate(_ instances: [String: String]) throws -> [String: [String]] {
        try JSONSchemaValidator.validate(schema: PlanSchema.generate(), instances: instances)
    }

    func json(_ url: URL) throws -> String {
        try #require(CoreSchemaJSON.json(file: url), "\(url.lastPathComponent) does not load")
    }

    func fixture(_ relative: String) throws -> String { try json(Fixtures.url(relative)) }

    @Test func theCommittedSchemaIsTheGeneratorsOutput() throws {
        let committed = try String(contentsOf: Self.committed, encoding: .utf8)
        #expect(committed == PlanSchema.generate(),
                "Plans/planwright-plan.schema.json is stale: swift run planwright schema > Plans/planwright-plan.schema.json")
    }

    @Test func theSchemaIsValidAndAcceptsEveryExampleAndGoodPlan() throws {
        var plans: [String: String] = [:]
        for name in ["maple-valley.yaml", "oakridge-oneroster.yaml"] {
            plans[name] = try json(GoodPlanTests.packageRoot.appendingPathComponent("Plans/\(name)"))
        }
        let good = try FileManager.default.contentsOfDirectory(atPath: Fixtures.url("good").path)
            .filter { $0.hasSuffix(".yaml") && !$0.hasSuffix(".framework.yaml") }
        #expect(good.count >= 3)
        for name in good { plans[name] = try fixture("good/\(name)") }
        let results = try validate(plans)
        #expect(results.count == plans.count)
        for (name, problems) in results { #expect(problems.isEmpty, "\(name): \(problems)") }
    }

    /// Each bad plan that is wrong in shape, and what the schema must say about it. Every problem the
    /// schema finds in the file must be this one: the rest of the fixture is sound and must pass.
    static let structural: [String: String] = [
        "champion-value.yaml": "staff/0/champion",
        "comfort-out-of-range.yaml": "staff/2/comfort",
        "comma-in-flow-value.yaml": "'and the SIS sync' was unexpected",
        "date-wrong-format.yaml": "assessment/date",
        "early-release-not-weekday.yaml": "year/early_release",
        "format-version.yaml": "planwright: 2 is greater than the maximum of 1",
        "id-with-spaces.yaml": "schools/1/id",
        "level-of-use-typo.yaml": "staff/1/comfort",
        "mapping-expected.yaml": "training: [",
        "milestone-kind-unknown.yaml": "kind",
        "missing-required-key.yaml": "'title' is a required property",
        "misspelt-section-is-still-checked.yaml": "'staf' was unexpected",
        // The missing 'staff' is a rule across keys (required unless schools come from OneRoster): check's.
        "missing-section.yaml": "'people' was unexpected",
        "needs-support-not-boolean.yaml": "schools/0/needs_support",
        "needs-support-unknown-need.yaml": "schools/0/needs_support",
        "root-is-list.yaml": "is not of type 'object'",
        "unknown-key-no-suggestion.yaml": "'colour' was unexpected",
        "unknown-key-suggestion.yaml": "'mielstones' was unexpected",
        "unknown-top-level-key.yaml": "'fokus' was unexpected",
        "wrong-type-days.yaml": "days: 'five' does not match",
        "wrong-type-list-for-text.yaml": "district/name",
    ]

    @Test func mistakesOfShapeAreRejected() throws {
        var plans: [String: String] = [:]
        for name in Self.structural.keys { plans[name] = try fixture("bad/\(name)") }
        let results = try validate(plans)
        for (name, expected) in Self.structural {
            let problems = results[name] ?? []
            #expect(!problems.isEmpty, "\(name) passes the schema")
            for problem in problems { #expect(problem.contains(expected), "\(name): \(problem)") }
        }
    }

    /// Bad plans whose problem is a reference, the calendar, a cycle, the framework's scale or a rule
    /// across keys: only `check` can find those, and the schema must not object to anything in them.
    static let leftToCheck = [
        "date-does-not-exist.yaml", "dependency-cycle.yaml", "duplicate-milestone-id.yaml", "level-name-unknown.yaml",
        "level-number-off-scale.yaml", "pinned-on-closed-day.yaml", "pinned-on-weekend.yaml",
        "range-ends-before-start.yaml", "self-dependency.yaml", "span-on-and-from.yaml", "target-below-current.yaml",
        "track-overlap.yaml", "unknown-after.yaml", "unknown-framework.yaml", "unknown-rated-indicator.yaml",
        "unknown-school.yaml", "year-ends-before-start.yaml",
    ]

    @Test func mistakesOnlyCheckCanSeeAreAccepted() throws {
        var plans: [String: String] = [:]
        for name in Self.leftToCheck { plans[name] = try fixture("bad/\(name)") }
        for (name, problems) in try validate(plans) { #expect(problems.isEmpty, "\(name): \(problems)") }
    }

    /// Forms the decoder reads that an editor types differently: `Yes` is a string, `2026` a number,
    /// `"5"` a string, `kind: Pilot` not the word listed. An optional key left blank is left out.
    @Test func everyFormTheDecoderReadsIsAccepted() throws {
        let yaml = PlanFixture.yaml(
            ratings: "{ shared-vision: { current: Developing, target: \"4\", evidence: 2026, raters: { Ann Lee: 2 } } }",
            schools: "[{ id: 2026, name: 1.10, grades: [K, 3], needs_support: Yes, principal: }]",
            goals: "[{ id: g, title: yes, indicators: [shared-vision], measures: [{ name: Use, baseline: 35%, target: \"80\" }], milestones: [{ id: m1, title: Pilot, days: \"5\", kind: Pilot, status: In_Progress, after: m0 }, { id: m0, title: T, days: 3 }] }]",
            extra: "training: { max_group: 8, slots: [PD_Days] }\nchampions: { weights: { subject: +3 }, pins: [] }\nfocus:")
            .replacingPresent("school: north, comfort: 4, champion: yes", with: "school: 2026, comfort: Non use, champion: Volunteer")
        let problems = PlanFixture.run(yaml).diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(problems.isEmpty, "\(problems)")
        let tree = try #require(YAMLLoader().load(SourceText(path: "t.yaml", bytes: Array(yaml.utf8))).tree)
        #expect(try validate(["forms": CoreSchemaJSON.json(tree.root)])["forms"] == [])
    }

    @Test func choicesAcceptAnyCaseOnlyOfTheirWords() throws {
        let pattern = try Regex(SchemaBuilder.anyCase(["in_progress", "non-use"]))
        for accepted in ["in_progress", "In_Progress", "IN PROGRESS", "non-use", "Non use", "nonuse"] {
            #expect(accepted.wholeMatch(of: pattern) != nil, "\(accepted)")
        }
        for rejected in ["in", "progress", "in_progressx", "non-user"] { #expect(rejected.wholeMatch(of: pattern) == nil, "\(rejected)") }
    }

    @Test func theSchemaCommandPrintsTheCommittedSchema() throws {
        let result = try CommandLineTests().run(["schema"])
        #expect(result.status == 0)
        #expect(result.stdout == (try String(contentsOf: Self.committed, encoding: .utf8)))
    }
}
