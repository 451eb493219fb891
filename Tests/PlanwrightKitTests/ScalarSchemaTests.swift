import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// The schema, not the YAML parser, decides how a scalar is read.
struct ScalarSchemaTests {
    func node(_ yaml: String) -> YAMLNode {
        YAMLLoader().load(SourceText(path: "t.yaml", bytes: Array("v: \(yaml)\n".utf8))).tree!.root.pairs[0].value
    }

    @Test func norwayStaysAStringWhereTextIsExpected() {
        let reader = NodeReader()
        #expect(reader.text(node("NO"), .english("v")) == "NO")
        #expect(reader.text(node("on"), .english("v")) == "on")
        #expect(reader.text(node("1.10"), .english("v")) == "1.10")
        #expect(reader.text(node("2026-09-08"), .english("v")) == "2026-09-08")
        #expect(reader.diagnostics.isEmpty)
    }

    @Test func booleansAcceptYesNoTrueFalse() {
        let reader = NodeReader()
        #expect(reader.boolean(node("yes"), .english("v")) == true)
        #expect(reader.boolean(node("No"), .english("v")) == false)
        #expect(reader.boolean(node("true"), .english("v")) == true)
        #expect(reader.boolean(node("FALSE"), .english("v")) == false)
        #expect(reader.boolean(node("maybe"), .english("v")) == nil)
        #expect(reader.diagnostics.count == 1)
    }

    @Test func datesMustExist() {
        let reader = NodeReader()
        #expect(reader.date(node("2028-02-29"), .english("v")) == SchoolDate(year: 2028, month: 2, day: 29))
        #expect(reader.date(node("2027-02-29"), .english("v")) == nil)
        #expect(reader.date(node("2027-13-01"), .english("v")) == nil)
        #expect(reader.date(node("27-1-5"), .english("v")) == nil)
        #expect(reader.diagnostics.map(\.message) == [
            "v is 2027-02-29, a date that does not exist",
            "v is 2027-13-01, a date that does not exist",
            "v must be a date written YYYY-MM-DD, such as 2026-09-08; found '27-1-5'",
        ])
    }

    @Test func levelsAreNumbersOrNamesOnAnyScale() {
        let reader = NodeReader()
        let indistar = RatingScale(levels: ["No Development", "Limited Development", "Fully Implemented"], firstNumber: 1, bands: [])
        #expect(reader.level(node("limited development"), .english("v"), scale: indistar) == Level(1))
        #expect(reader.level(node("3"), .english("v"), scale: indistar) == Level(2))
        let futureReady = RatingScale(levels: (0...10).map { "Level \($0)" }, firstNumber: 0, bands: [])
        #expect(reader.level(node("0"), .english("v"), scale: futureReady) == Level(0))
        #expect(reader.level(node("10"), .english("v"), scale: futureReady) == Level(10))
        #expect(reader.level(node("11"), .english("v"), scale: futureReady) == nil)
        #expect(reader.diagnostics.count == 1)
    }

    @Test func schoolDatesKnowTheirWeekday() {
        #expect(SchoolDate(iso: "2026-09-07")?.weekday == .monday)
        #expect(SchoolDate(iso: "2027-01-09")?.weekday == .saturday)
        #expect(SchoolDate(iso: "1970-01-01")?.weekday == .thursday)
        #expect(SchoolDate(iso: "2026-12-31")?.adding(days: 1).description == "2027-01-01")
    }

    @Test func gradesReadRangesAndNames() {
        #expect(GradeSet.parse("K-2")?.grades == [0, 1, 2])
        #expect(GradeSet.parse("9-12")?.description == "9-12")
        #expect(GradeSet.parse("PK")?.grades == [-1])
        #expect(GradeSet.parse("13") == nil)
        #expect(GradeSet.parse("5-3") == nil)
    }

    @Test func suggestionsFindTyposOnly() {
        #expect(Suggestion.closest(to: "mielstones", in: ["milestones", "measures"]) == "milestones")
        #expect(Suggestion.closest(to: "colour", in: ["id", "name", "grades"]) == nil)
    }
}
