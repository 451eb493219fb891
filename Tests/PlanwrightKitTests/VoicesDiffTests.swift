import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs

/// `diff` says how stakeholder views changed: a median that moved, a gap flagged or cleared,
/// and response counts, as each version shows them (suppressed figures stay unsaid).
struct VoicesDiffTests {
    static func plan(_ scratch: VoicesScratch, csv: String) throws -> ImprovementPlan {
        try scratch.write("google-teachers.csv", csv)
        return try #require(try scratch.run(VoicesScratch.yaml(surveys: VoicesScratch.teachers())).improvementPlan)
    }

    @Test func aMovedMedianAClearedGapAndNewResponsesAreReported() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        let before = Fixtures.text("voices/google-teachers.csv")
        let old = try Self.plan(scratch, csv: before)
        // Six more teachers, all of whose PLCs plan together: collaborative teams' middle answer rises to Emerging.
        let after = before + String(repeating: "2026/05/01 9:00:00 AM MDT,south,Agree,Agree,\n", count: 6)
        let new = try Self.plan(scratch, csv: after)
        let diff = PlanDiffer().diff(.init(planned: old, file: "old.yaml"), .init(planned: new, file: "new.yaml"))
        let voices = try #require(diff.voices)
        #expect(voices.responses == [ResponseChange(group: .teachers, old: ResponseTally(surveyed: true, responses: 9, minResponses: 5),
                                                    new: ResponseTally(surveyed: true, responses: 15, minResponses: 5))])
        let markdown = PlanDiffMarkdown.render(diff)
        #expect(markdown.contains("- Teachers: 9 responses → 15 responses\n"))
        #expect(markdown.contains("- Collaborative cross-department teams, teachers: Not started (1) → Emerging (2); no longer two levels below the team\n"))
        #expect(markdown.contains("stakeholder views changed on 2 indicators; survey responses changed for 1 group"))
        // South now has 9 answers and is shown; the JSON carries the facts.
        #expect(new.voices?.groups.first?.schools.first { $0.school == "south" }?.responses == 9)
        #expect(try diff.json().contains("\"oldFlagged\" : true"))
    }

    @Test func theSameSurveysChangeNothing() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        let csv = Fixtures.text("voices/google-teachers.csv")
        let one = try Self.plan(scratch, csv: csv), two = try Self.plan(scratch, csv: csv)
        #expect(PlanDiffer().diff(.init(planned: one, file: "a"), .init(planned: two, file: "b")).voices == nil)
    }
}
