import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Free-text answers are counted, never printed: a distinctive phrase from one is in no file a
/// build writes, not in `plan.json`, `status` or `diff`; only the count of written answers is.
struct FreeTextNeverPrintedTests {
    static let phrase = "Zanzibar-marmalade-7731"

    @Test func aPhraseFromAWrittenAnswerIsInNoOutput() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        try scratch.copy("google-teachers.csv")
        try scratch.copy("microsoft-students.csv")
        #expect(Fixtures.text("voices/google-teachers.csv").contains(Self.phrase))
        let result = try scratch.run(VoicesScratch.yaml(surveys: VoicesScratch.teachers() + "\n" + VoicesScratch.students()))
        let plan = try #require(result.improvementPlan)
        let output = try BuildOutputTests.render(plan)
        #expect(output.files.count > 5)
        // Written answers, and the names and emails Microsoft Forms exports, reach nothing.
        for secret in [Self.phrase, "Más formación", "Más tiempo con las computadoras", "siobhan.obriain@students.example", "room 12"] {
            for file in output.files {
                #expect(!file.contents.contains(secret), "\(file.path) holds '\(secret)'")
            }
            #expect(!ProgressTextReport.render(plan).contains(secret))
            #expect(!PlanTextReport.render(plan).contains(secret))
            #expect(try !PlanJSON.encode(StatusJSON(plan)).contains(secret))
        }
        // What is kept is how many wrote something.
        #expect(plan.voices?.groups.map(\.freeTextAnswers) == [2, 2])
        #expect(VoicesScratch.unwrapped(ProgressTextReport.render(plan)).contains("Teachers: 9 responses (North Elementary not shown, José Núñez Academy not shown, South Middle not shown); 2 written answers, not shown"))
    }
}
