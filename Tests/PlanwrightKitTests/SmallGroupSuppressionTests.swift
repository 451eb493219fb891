import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// No figure for fewer than `min_responses` answers, per group and per school, and none that
/// lets a hidden one be worked out by subtracting the shown ones from the total.
struct SmallGroupSuppressionTests {
    static func counts(_ result: (total: Int?, schools: [SchoolResponses])) -> String {
        "\(result.total.map(String.init) ?? "-") | " + result.schools.map { "\($0.school) \($0.responses.map(String.init) ?? "-")" }.joined(separator: ", ")
    }

    @Test func aGroupUnderTheThresholdShowsNoFigureAtAll() {
        let result = SmallGroupSuppression.apply(total: 4, schools: [("a", 3), ("b", 1)], threshold: 5)
        #expect(Self.counts(result) == "- | a -, b -")
    }

    @Test func oneSmallSchoolHidesTheNextSmallestSoSubtractionGivesNothingBack() {
        // 40 − 20 − 12 would give c's 3 if only c were hidden.
        let result = SmallGroupSuppression.apply(total: 35, schools: [("a", 20), ("b", 12), ("c", 3)], threshold: 5)
        #expect(Self.counts(result) == "35 | a 20, b -, c -")
    }

    @Test func twoSmallSchoolsAlreadyProtectEachOther() {
        let result = SmallGroupSuppression.apply(total: 27, schools: [("a", 20), ("b", 4), ("c", 3)], threshold: 5)
        #expect(Self.counts(result) == "27 | a 20, b -, c -")
    }

    @Test func theNextSmallestIsChosenByCountThenPlanOrder() {
        let result = SmallGroupSuppression.apply(total: 34, schools: [("a", 9), ("b", 2), ("c", 9), ("d", 14)], threshold: 5)
        #expect(Self.counts(result) == "34 | a -, b -, c 9, d 14")
    }

    @Test func everySchoolAtTheThresholdIsShown() {
        let result = SmallGroupSuppression.apply(total: 10, schools: [("a", 5), ("b", 5)], threshold: 5)
        #expect(Self.counts(result) == "10 | a 5, b 5")
    }

    /// The whole way: the teachers' survey has 3 responses from each of three schools, and the
    /// students' 5 from South and 1 from North; the district plan and `plan.json` show what is allowed only.
    @Test func thePlannedResultAndTheDistrictPlanHoldOnlyAllowedFigures() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        try scratch.copy("google-teachers.csv")
        try scratch.copy("microsoft-students.csv")
        let result = try scratch.run(VoicesScratch.yaml(surveys: VoicesScratch.teachers() + "\n" + VoicesScratch.students(freeText: false)))
        let plan = try #require(result.improvementPlan)
        let voices = try #require(plan.voices)
        #expect(voices.groups.map { "\($0.group): \(Self.counts(($0.responses, $0.schools)))" } == [
            "teachers: 9 | north -, nunez -, south -",
            // South's 5 alone would give North's 1 by subtraction from 6; there is no third school, so both go.
            "students: 6 | north -, south -",
        ])
        let equity = try #require(voices.indicators.first { $0.indicator == "equity-of-access" }?.groups.first)
        #expect(equity.responses == 6 && equity.schools.allSatisfy { $0.responses == nil })
        let markdown = try #require(BuildOutputTests.render(plan).files.first { $0.path == "plan.md" }?.contents)
        #expect(markdown.contains("- Students: 6 responses (North Elementary not shown, South Middle not shown)\n"))
    }

    @Test func aHigherThresholdHidesAGroupsFiguresAndItsGap() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        try scratch.copy("google-teachers.csv")
        let result = try scratch.run(VoicesScratch.yaml(surveys: VoicesScratch.teachers(), minResponses: 10))
        let plan = try #require(result.improvementPlan)
        let views = (plan.voices?.indicators ?? []).flatMap(\.groups)
        #expect(!views.isEmpty && views.allSatisfy { $0.responses == nil && $0.median == nil && $0.gap == nil && !$0.flagged })
        #expect(plan.voices?.groups.first?.freeTextAnswers == nil)
        #expect(plan.priorities.allSatisfy { $0.perceptionGaps == nil })
        let markdown = try #require(BuildOutputTests.render(plan).files.first { $0.path == "plan.md" }?.contents)
        #expect(markdown.contains("- Teachers: fewer than 10 responses\n"))
    }
}
