import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning

/// `voices:` reads survey exports as Google Forms and Microsoft Forms write them, and diagnoses
/// bad rows at their line and column, all at once.
struct VoicesImportTests {
    static func errors(_ result: PlanPipeline.Result) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map { d in
            "\(URL(fileURLWithPath: d.location?.file ?? "").lastPathComponent):\(d.location?.line ?? 0):\(d.location?.column ?? 0): \(d.message)"
        }
    }

    @Test func aGoogleFormsExportIsReadWithSchoolsByIdOrNameInAnyCaseOrAccents() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        try scratch.copy("google-teachers.csv")
        let result = try scratch.run(VoicesScratch.yaml(surveys: VoicesScratch.teachers()))
        #expect(Self.errors(result).isEmpty)
        let survey = try #require(result.plan?.voices.surveys.first)
        #expect(survey.group == .teachers)
        // Nine rows, one of them two lines long (a quoted answer with a line break), one Google's other timestamp shape.
        #expect(survey.responses.count == 9)
        #expect(survey.responses.map { $0.school ?? "-" } == ["north", "north", "north", "nunez", "nunez", "nunez", "south", "south", "south"])
        // An unanswered question is no answer, not an error: row 7 rated shared vision only.
        #expect(survey.responses[5].levels == ["shared-vision": Level(1)])
        #expect(survey.responses[0].levels == ["shared-vision": Level(1), "collaborative-teams": Level(0)])
        // Free text: counted, and its words kept nowhere in the plan.
        #expect(survey.freeTextAnswers == 2)
    }

    @Test func aMicrosoftFormsExportSavedByExcelIsRead() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        try scratch.copy("microsoft-students.csv")
        let text = try Data(contentsOf: scratch.url("microsoft-students.csv"))
        #expect(text.starts(with: [0xEF, 0xBB, 0xBF]) && String(decoding: text, as: UTF8.self).contains("\r\n"))  // the fixture is as Excel saves it
        let result = try scratch.run(VoicesScratch.yaml(surveys: VoicesScratch.students()))
        #expect(Self.errors(result).isEmpty)
        let survey = try #require(result.plan?.voices.surveys.first)
        // A 1-5 rating is read as the framework's level numbers; no `scale:` needed.
        #expect(survey.responses.map { $0.levels["equity-of-access"]?.index ?? -1 } == [1, 0, 1, 2, 1, 3])
        #expect(survey.responses.map { $0.school ?? "-" } == ["south", "south", "south", "south", "south", "north"])
        #expect(survey.freeTextAnswers == 2)
    }

    @Test func badRowsAreDiagnosedAtTheirLineAndColumnAllAtOnce() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        try scratch.copy("bad-rows.csv")
        let result = try scratch.run(VoicesScratch.yaml(surveys: VoicesScratch.teachers(file: "bad-rows.csv")))
        #expect(result.improvementPlan == nil)
        #expect(Self.errors(result) == [
            "bad-rows.csv:2:50: bad-rows.csv row 2: the answer 'Strongly agre' is not on the survey's scale; add it under 'scale' with the level it means (the scale has 'Strongly disagree', 'Disagree', 'Agree', 'Strongly agree', or levels 1 to 5); did you mean 'Strongly agree'?",
            "bad-rows.csv:3:27: bad-rows.csv row 3: the school 'Northside Elementary' is not a school of the plan; write a school's id or name; did you mean 'North Elementary'?",
            "bad-rows.csv:4:1: bad-rows.csv row 4 has 3 values, but the first line names 5 columns; a value is missing, or a value with a line break in it needs double quotes around it",
            "bad-rows.csv:5:27: bad-rows.csv row 5: the school is blank; every response needs its school, or remove 'school_column' to summarise the district only",
            "bad-rows.csv:6:33: bad-rows.csv row 6: the answer 'N/A' is not on the survey's scale; add it under 'scale' with the level it means (the scale has 'Strongly disagree', 'Disagree', 'Agree', 'Strongly agree', or levels 1 to 5)",
        ])
    }

    @Test func aColumnTheExportLacksIsAnErrorAtThePlanLineNamingIt() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        try scratch.copy("google-teachers.csv")
        let yaml = VoicesScratch.yaml(surveys: VoicesScratch.teachers())
            .replacingPresent("\"My PLC plans lessons together, including technology\"", with: "\"My PLC plans lessons together, including tech\"")
        let result = try scratch.run(yaml)
        let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("including tech\"") }! + 1
        #expect(Self.errors(result) == [
            "plan.yaml:\(line):9: google-teachers.csv has no column 'My PLC plans lessons together, including tech'; its first line names the columns the form exported; did you mean 'My PLC plans lessons together, including technology'?",
        ])
    }

    @Test func aQuestionMappedToAnUnknownIndicatorIsAnErrorWithASuggestion() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        try scratch.copy("google-teachers.csv")
        let result = try scratch.run(VoicesScratch.yaml(surveys: VoicesScratch.teachers()).replacingPresent(": collaborative-teams\n", with: ": colaborative-teams\n"))
        #expect(Self.errors(result).map { $0.drop { $0 != " " } } == [
            " the column 'My PLC plans lessons together, including technology' rates 'colaborative-teams', which is not an indicator of the framework; write an indicator id, or free-text for an open question; did you mean 'collaborative-teams'?",
        ])
    }

    @Test func tenThousandRowsAreReadWhole() throws {
        let scratch = try VoicesScratch()
        defer { scratch.remove() }
        let answers = ["Strongly disagree", "Disagree", "Agree", "Strongly agree"]
        var csv = "Timestamp,Which school?,Teachers here share a clear picture of what technology is for,\"My PLC plans lessons together, including technology\",Anything else you'd like to tell us?\n"
        for row in 0..<10_000 {
            csv += "2026/04/06 9:14:03 AM MDT,\(["north", "José Núñez Academy", "South Middle"][row % 3]),\(answers[row % 4]),\(answers[(row / 4) % 4]),\(row % 10 == 0 ? "\"a note,\nover two lines\"" : "")\n"
        }
        try scratch.write("google-teachers.csv", csv)
        let result = try scratch.run(VoicesScratch.yaml(surveys: VoicesScratch.teachers()))
        #expect(Self.errors(result).isEmpty)
        #expect(result.plan?.voices.surveys.first?.responses.count == 10_000)
        #expect(result.improvementPlan?.voices?.groups.first?.responses == 10_000)
    }
}
