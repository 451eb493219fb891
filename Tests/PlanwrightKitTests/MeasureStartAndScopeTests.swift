import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Issue 20, item 7: a measure starts when its work does (`from:`), may step toward its target,
/// and is scoped like the work it measures: pace is judged from its start, and a grades 3–5
/// measure is not on the high school's handout.
struct MeasureStartAndScopeTests {
    /// A district with an elementary and a high school; Chromebooks for grades 3–5 roll out in
    /// February, Canvas for grades 9–12 in the fall.
    static func yaml(measure: String) -> String {
        """
        planwright: 1
        district:
          name: Aspen Ridge Schools
          vision: Devices and classwork in one place.
          team:
            - { name: Dana Ortiz, role: Director of Digital Learning }
            - { name: Ana Ruiz, role: Grade 4 Teacher }
        framework: edtech-systems
        year: { start: 2026-08-24, end: 2027-06-11, closed: [{ name: Winter break, from: 2026-12-21, to: 2027-01-01 }], early_release: wednesday }
        assessment:
          date: 2026-05-14
          ratings:
            shared-vision: { current: 3, target: 3 }
        schools:
          - { id: aspen, name: Aspen Elementary, grades: K-5 }
          - { id: ridge-hs, name: Ridge High School, grades: 9-12 }
        staff:
          - { id: s1, name: Ana Ruiz, school: aspen, grades: [4], comfort: 4, champion: yes }
          - { id: s2, name: Ben Cole, school: aspen, grades: [3], comfort: 2 }
          - { id: s3, name: Cara Diaz, school: ridge-hs, grades: [10], comfort: 4, champion: yes }
          - { id: s4, name: Dev Shah, school: ridge-hs, grades: [11], comfort: 2 }
        goals:
          - id: devices
            title: A device for every student who needs one, and classwork in Canvas
            indicators: [infrastructure-support]
            owner: Dana Ortiz
            measures:
        \(measure)
              - name: High school teachers who post weekly in Canvas
                unit: percent
                grades: 9-12
                baseline: 30
                target: 70
                observations:
                  - { date: 2026-10-02, value: 41 }
            milestones:
              - { id: canvas-hs, title: Canvas weekly posting at the high school, days: 10, kind: task, owner: Dana Ortiz, grades: 9-12 }
              - { id: cb-pilot, title: Chromebook pilot in two grade 4 rooms, days: 10, kind: pilot, owner: Dana Ortiz, grades: 3-5, not_before: 2027-01-11 }
              - { id: cb-gate, title: "Go/no-go: Chromebooks", days: 2, kind: gate, after: [cb-pilot], owner: Dana Ortiz, grades: 3-5 }
              - { id: cb-rollout, title: Chromebooks for grades 3-5, days: 15, kind: rollout, after: [cb-gate], owner: Dana Ortiz, grades: 3-5, not_before: 2027-02-01 }
        """
    }

    static let agreements = """
              - name: Grade 3-5 families who returned the signed device agreement
                unit: percent
                grades: 3-5
                from: cb-rollout
                baseline: 0
                target: 90
                by: 2027-03-26
                observations:
                  - { date: 2027-01-22, value: 0 }
        """

    static func planned(_ measure: String, asOf: String) throws -> ImprovementPlan {
        let result = PlanFixture.run(yaml(measure: measure), asOf: asOf)
        #expect(!result.hasErrors, "\(result.diagnostics.filter { $0.severity == .error }.map(\.message))")
        return try #require(result.improvementPlan)
    }

    @Test func aMeasureOfAFebruaryRolloutIsNotBehindInJanuary() throws {
        let plan = try Self.planned(Self.agreements, asOf: "2027-01-25")
        let m = try #require(plan.progress.measures.first { $0.name.hasPrefix("Grade 3-5 families") })
        #expect(m.from == plan.milestone("cb-rollout")?.start)
        #expect(m.from >= SchoolDate(iso: "2027-02-01")!)
        #expect(m.trend == .onPace)
        #expect(m.beforeStart)
        #expect(m.words(in: plan).hasPrefix("Before its start: 0 percent on Fri, Jan 22; its pace is judged from "), "\(m.words(in: plan))")
    }

    @Test func aMeasureFromADateIsJudgedFromThatDate() throws {
        let fromDate = Self.agreements.replacingPresent("from: cb-rollout", with: "from: 2027-02-01")
            .replacingPresent("{ date: 2027-01-22, value: 0 }", with: "{ date: 2027-03-01, value: 20 }")
        try #require(fromDate.contains("from: 2027-02-01") && fromDate.contains("2027-03-01, value: 20"))
        let plan = try Self.planned(fromDate, asOf: "2027-03-02")
        let m = try #require(plan.progress.measures.first { $0.name.hasPrefix("Grade 3-5 families") })
        #expect(m.from == SchoolDate(iso: "2027-02-01"))
        // 28 of 53 days from Feb 1 to Mar 26: a steady pace is about half way; 20 of 90 is behind.
        #expect(m.trend == .behind)
        #expect(m.expected.map { abs($0 - 28.0 / 53.0) < 0.001 } == true, "\(String(describing: m.expected))")
    }

    @Test func steppedTargetsSetThePace() throws {
        let stepped = """
                  - name: Grade 3-5 students who log in on their Chromebook each school day
                    unit: percent
                    grades: 3-5
                    baseline: 0
                    target: 95
                    by: 2027-05-28
                    steps:
                      - { by: 2027-02-26, target: 10 }
                    observations:
                      - { date: 2027-02-19, value: 8 }
            """
        let plan = try Self.planned(stepped, asOf: "2027-02-22")
        let m = try #require(plan.progress.measures.first { $0.name.hasPrefix("Grade 3-5 students") })
        // A straight line to 95 would expect about 56% of the way by Feb 19; the step asks for 10.
        #expect(m.trend == .onPace && !m.beforeStart, "\(m.words(in: plan))")
        #expect(m.words(in: plan).contains("its steps would be at"), "\(m.words(in: plan))")
        #expect(m.steps.map(\.value) == [10])
        // The chart draws the pace the status judges by: up to the step, then on to the target.
        #expect(SVGCharts.measure(m, asOf: plan.progress.asOf, dates: PeopleDates(plan), .english).components(separatedBy: "class=\"pace\"").count - 1 == 2)
    }

    @Test func stepsOutOfOrderAreAnErrorAtTheStep() {
        let bad = """
                  - name: Devices checked out
                    baseline: 0
                    target: 100
                    by: 2027-03-01
                    steps:
                      - { by: 2027-02-01, target: 50 }
                      - { by: 2027-01-15, target: 60 }
            """
        let errors = PlanFixture.run(Self.yaml(measure: bad)).diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(errors == ["the steps of measure 'Devices checked out' must come in date order; 2027-01-15 is not after 2027-02-01"])
    }

    @Test func aMeasureStartingWithAnUnknownMilestoneSaysWhichItMeant() {
        let typo = Self.agreements.replacingPresent("from: cb-rollout", with: "from: cb-rolout")
        let errors = PlanFixture.run(Self.yaml(measure: typo)).diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(errors == ["measure 'Grade 3-5 families who returned the signed device agreement' starts with milestone 'cb-rolout', but there is no such milestone; did you mean 'cb-rollout'?"])
    }

    @Test func aMeasureMayNarrowItsGoalsScopeButNotWidenIt() {
        let yaml = Self.yaml(measure: Self.agreements).replacingPresent("    owner: Dana Ortiz\n    measures:", with: "    owner: Dana Ortiz\n    grades: 3-12\n    measures:")
            .replacingPresent("        grades: 9-12\n        baseline: 30", with: "        grades: K-12\n        baseline: 30")
        #expect(yaml.contains("grades: 3-12") && yaml.contains("grades: K-12"))
        let errors = PlanFixture.run(yaml).diagnostics.filter { $0.severity == .error }.map(\.message)
        #expect(errors == ["measure 'High school teachers who post weekly in Canvas' is for grades K-12, which is outside the scope of its goal 'devices' (grades 3-12): K-2 are not in it; a measure may narrow its goal's scope, never widen it; change the goal's scope or the measure's"])
    }

    @Test func aGradeScopedMeasureIsOnlyOnTheHandoutsItConcerns() throws {
        let plan = try Self.planned(Self.agreements, asOf: "2027-02-15")
        let files = Dictionary(try BuildOutputTests.render(plan).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        let elementary = try #require(files["schools/aspen.md"]), high = try #require(files["schools/ridge-hs.md"])
        #expect(elementary.contains("signed device agreement"))
        #expect(!high.contains("signed device agreement"), "\(high)")
        #expect(try #require(files["plan.md"]).contains("signed device agreement"))
    }
}
