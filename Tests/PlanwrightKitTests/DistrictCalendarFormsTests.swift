import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Calendars as districts write them (issue 20, item 10): a weekly early release with
/// conference-week additions and exceptions, pre-service PD days, a minimum of instructional
/// days, and closures and testing windows for some schools or grades only.
struct DistrictCalendarFormsTests {
    /// A small K-12 district: two elementary schools and a high school.
    static let schools = """
        [{ id: adams, name: Adams Elementary, grades: K-5 }, { id: baker, name: Baker Elementary, grades: K-5 },
         { id: central, name: Central High, grades: 9-12 }]
        """
    static let staff = """
        [{ id: e1, name: Rosa Alvarez, school: adams, comfort: 2 }, { id: e2, name: Sam Okafor, school: baker, comfort: 2 },
         { id: h1, name: Lena Park, school: central, comfort: 2 }, { id: h2, name: Omar Haddad, school: central, comfort: 2 },
         { id: c1, name: Grace Liu, school: adams, comfort: 5, champion: yes }, { id: c2, name: Ben Torres, school: baker, comfort: 5, champion: yes },
         { id: c3, name: Ivy Chen, school: central, comfort: 5, champion: yes }]
        """

    func run(year: String, goals: String = PlanFixture.goal("{ id: a, title: Draft the vision statement, days: 10 }"), asOf: String? = nil) -> PlanPipeline.Result {
        PlanFixture.run(PlanFixture.yaml(year: year, schools: Self.schools, staff: Self.staff, goals: goals), asOf: asOf)
    }

    /// What the plan says about its calendar: training's own warnings (a short window, champions briefed as it leaves no earlier day) aside.
    func calendarDiagnostics(_ result: PlanPipeline.Result) -> [Diagnostic] {
        result.diagnostics.filter { !$0.message.hasPrefix("training track") && !$0.message.contains("training before their own") }
    }
    func messages(_ result: PlanPipeline.Result) -> [String] { calendarDiagnostics(result).map { "\($0.severity): \($0.message)" } }

    // MARK: a) weekly early release plus dated additions and exceptions

    @Test func weeklyEarlyReleaseTakesConferenceDatesAndSkipsTheDayBeforeThanksgiving() throws {
        let result = run(year: """
            { start: 2026-08-24, end: 2027-06-11,
              closed: [{ name: Thanksgiving break, from: 2026-11-26, to: 2026-11-27 }],
              early_release: { day: wednesday, dates: [2026-11-19, 2026-11-20], except: [2026-11-25, 2026-12-23], time: "12:30-15:00" } }
            """)
        #expect(messages(result) == [])
        let plan = try #require(result.improvementPlan)
        let days = Set(plan.schoolYear.earlyRelease.days.map(\.description))
        #expect(days.isSuperset(of: ["2026-11-18", "2026-11-19", "2026-11-20", "2026-12-16"]))
        #expect(!days.contains("2026-11-25") && !days.contains("2026-12-23"))
        #expect(plan.schoolYear.earlyRelease.rule == "every Wednesday and the dates listed")
        #expect(plan.schoolYear.earlyRelease.except.map(\.description) == ["2026-11-25", "2026-12-23"])
        let report = SchoolYearTextReport.render(plan)
        #expect(report.contains("  not on: Wed, Nov 25; Wed, Dec 23\n"), "\(report)")
    }

    @Test func anExceptionOnTheWrongWeekdayIsAnErrorAtItsDate() {
        let result = run(year: "{ start: 2026-08-24, end: 2027-06-11, early_release: { day: wednesday, except: [2026-11-24] } }")
        #expect(messages(result) == [
            "error: the early-release exception 2026-11-24 is a Tuesday, but early release is every Wednesday; write the Wednesday it skips",
        ])
        #expect(calendarDiagnostics(result).first?.location?.line == 4)
        let listed = run(year: "{ start: 2026-08-24, end: 2027-06-11, early_release: { dates: [2026-11-18], except: [2026-11-25] } }")
        #expect(messages(listed).contains { $0.hasPrefix("error: 'except' takes days out of a weekly early release, but this 'early_release' has no 'day'") })
    }

    // MARK: b) pre-service PD days

    @Test func preServiceDaysBeforeTheFirstStudentDayArePDDaysThatHoldTraining() throws {
        let year = """
            { start: 2026-09-08, end: 2027-06-25,
              pd_days: [{ name: Pre-service days, from: 2026-08-31, to: 2026-09-04, place: Central High library, time: "08:30-14:30" }] }
            """
        // Training in the first days of school: it may use the pre-service days before them.
        let goals = PlanFixture.goal("{ id: orient, title: Learning platform orientation for all staff, kind: training, days: 3 }")
        let result = run(year: year, goals: goals)
        #expect(messages(result).filter { $0.hasPrefix("error") } == [])
        let plan = try #require(result.improvementPlan)
        #expect(plan.calendar.pdDays.map(\.description) == ["2026-08-31", "2026-09-01", "2026-09-02", "2026-09-03", "2026-09-04"])
        // Pre-service days are staff days: not school days with students, and not counted in them.
        #expect(plan.schoolYear.preServiceDays == 5)
        #expect(plan.schoolYear.instructionalDays == plan.schoolYear.schoolDays)
        let sessions = plan.training.sessions
        #expect(!sessions.isEmpty, "\(plan.training.unplaced.map(\.words)) \(plan.training.programmes.map(\.window))")
        #expect(sessions.allSatisfy { $0.slot == .pdDays && $0.date < SchoolDate(iso: "2026-09-08")! && $0.place == "Central High library" },
                "\(sessions.map { "\($0.date) \($0.slot)" })")
        #expect(SchoolYearTextReport.render(plan).contains(" · 5 pre-service PD days before the first day\n"))
    }

    @Test func aPDDayMonthsBeforeTheYearOrOnASaturdayIsStillAnError() {
        let early = run(year: "{ start: 2026-09-08, end: 2027-06-25, pd_days: [{ name: Summer institute, on: 2026-07-15 }] }")
        #expect(messages(early) == [
            "error: the PD day 'Summer institute' (2026-07-15) is more than 31 days before the first day of school (2026-09-08); a pre-service day falls in the weeks just before it",
        ])
        let saturday = run(year: "{ start: 2026-09-08, end: 2027-06-25, pd_days: [{ name: Pre-service, from: 2026-09-04, to: 2026-09-05 }] }")
        #expect(messages(saturday) == ["error: the pre-service PD day 'Pre-service' falls on 2026-09-05, a Saturday; PD days must be weekdays"])
    }

    // MARK: c) a closure on a weekend

    @Test func aClosureTypedOntoASaturdayIsAWarning() throws {
        let result = run(year: """
            { start: 2026-08-24, end: 2027-06-11,
              closed: [{ name: Veterans Day, on: 2026-11-14 }, { name: Thanksgiving break, from: 2026-11-26, to: 2026-11-27 }] }
            """)
        #expect(messages(result) == [
            "warning: the closed day 'Veterans Day' falls on Saturday 2026-11-14, a weekend, so it closes no school day; check its date (a holiday on a weekend is usually kept on the Friday or Monday)",
        ])
        #expect(calendarDiagnostics(result).first?.location?.line == 5)
    }

    // MARK: d) a minimum number of instructional days

    @Test func aYearShortOfTheStatesMinimumSaysByHowMany() throws {
        // Aug 24 – Jun 4 with three breaks, four holidays and four PD days: 179 days with students.
        let year = """
            { start: 2026-08-24, end: 2027-06-04, min_instructional_days: 180,
              closed: [{ name: Labor Day, on: 2026-09-07 }, { name: Thanksgiving break, from: 2026-11-25, to: 2026-11-27 },
                       { name: Winter break, from: 2026-12-21, to: 2027-01-01 }, { name: Spring break, from: 2027-03-22, to: 2027-03-26 },
                       { name: Memorial Day, on: 2027-05-31 }, { name: Presidents' Day, on: 2027-02-15 }, { name: MLK Day, on: 2027-01-18 }],
              pd_days: [2026-10-09, 2027-01-04, 2027-02-12, 2027-03-29] }
            """
        let result = run(year: year)
        let plan = try #require(result.improvementPlan)
        #expect(plan.schoolYear.instructionalDays == 179)
        #expect(messages(result) == [
            "warning: the school year has 179 instructional days (183 school days less 4 PD days), 1 fewer than the 180 'min_instructional_days' requires; add school days, turn a closure or PD day into a school day, or check the calendar with 'planwright calendar'",
        ])
        #expect(calendarDiagnostics(result).first?.location?.line == 4)
        #expect(messages(run(year: year.replacingPresent("min_instructional_days: 180", with: "min_instructional_days: 179"))) == [])
    }

    // MARK: e) testing windows and closures for some schools or grades

    @Test func aHighSchoolTestingWindowHoldsBackOnlyWorkThatReachesTheHighSchool() throws {
        let year = """
            { start: 2026-08-24, end: 2027-06-11, early_release: wednesday,
              testing: [{ name: Regents week, from: 2027-01-25, to: 2027-01-29, grades: 9-12 }],
              closed: [{ name: Boiler repair, on: 2027-01-13, schools: [adams] }] }
            """
        let goals = PlanFixture.goal("""
            { id: hs, title: Chromebooks for grade 9, kind: rollout, days: 5, not_before: 2027-01-26, grades: 9 },
            { id: es, title: Chromebooks for grades 3-5, kind: rollout, days: 5, not_before: 2027-01-26, grades: 3-5 },
            { id: carts, title: Laptop carts at Adams, kind: rollout, days: 2, not_before: 2027-01-13, schools: [adams] },
            { id: labs, title: Science labs at Central, kind: rollout, days: 2, not_before: 2027-01-13, schools: [central] }
            """)
        let result = run(year: year, goals: goals)
        #expect(messages(result).filter { $0.hasPrefix("error") } == [])
        let plan = try #require(result.improvementPlan)
        #expect(plan.dates("hs") == "2027-02-01…2027-02-05")
        #expect(plan.dates("es") == "2027-01-26…2027-02-01")
        // Adams is closed on the 13th: its rollout starts the day after; Central's goes ahead.
        #expect(plan.dates("carts") == "2027-01-14…2027-01-15")
        #expect(plan.dates("labs") == "2027-01-13…2027-01-14")
        // The district's own calendar keeps those days: a closure of one school is not the district's.
        #expect(plan.calendar.isSchoolDay(SchoolDate(iso: "2027-01-13")!) && plan.calendar.isSchoolDay(SchoolDate(iso: "2027-01-27")!))
        // High-school training avoids Regents week; the elementary schools' avoids Adams's closed day.
        let schoolOfGroup = Dictionary(plan.training.groups.map { ($0.id, Set($0.schools)) }, uniquingKeysWith: { a, _ in a })
        let hsSessions = plan.training.sessions.filter { schoolOfGroup[$0.group]?.contains("central") == true }
        let adamsSessions = plan.training.sessions.filter { schoolOfGroup[$0.group]?.contains("adams") == true }
        #expect(!hsSessions.isEmpty && !adamsSessions.isEmpty)
        #expect(hsSessions.allSatisfy { !(SchoolDate(iso: "2027-01-25")!...SchoolDate(iso: "2027-01-29")!).contains($0.date) })
        #expect(adamsSessions.allSatisfy { $0.date != SchoolDate(iso: "2027-01-13")! })
        let report = SchoolYearTextReport.render(plan)
        #expect(report.contains("Regents week · only grades 9–12 · 5 weekdays"), "\(report)")
        #expect(report.contains("Boiler repair · only at Adams Elementary · 1 weekday"), "\(report)")
    }

    @Test func aScopedWindowNamingAnUnknownSchoolIsAnErrorWithASuggestion() {
        let result = run(year: "{ start: 2026-08-24, end: 2027-06-11, testing: [{ name: Regents week, from: 2027-01-25, to: 2027-01-29, schools: [centrl] }] }")
        #expect(messages(result) == ["error: 'Regents week' is for school 'centrl', but there is no such school; did you mean 'central'?"])
    }

    // MARK: f) the import: DESCRIPTION, state exams, staff days, dismissed early, school levels

    @Test func anUrbanDistrictsPublishedCalendarIsReadAsItsDescriptionsSay() throws {
        let source = try SourceText(path: "urban-district-2026-27.ics",
                                    bytes: Array(Data(contentsOf: Fixtures.url("calendars/urban-district-2026-27.ics"))))
        let read = ICSCalendarReader().read(source, year: SchoolDate(iso: "2026-09-10")!...SchoolDate(iso: "2027-06-25")!)
        let days = read.value
        func listed(_ spans: [DateSpan]) -> [String] {
            spans.map { "\($0.from) \($0.name ?? "?")" + ($0.scope.map { " [\($0.grades?.description ?? "all")]" } ?? "") }
        }
        #expect(listed(days.testing) == ["2027-01-26 Regents Administration for High Schools [9-12]"])
        // A title that says what the day is keeps it for every school, whatever its description mentions.
        #expect(listed(days.closed) == ["2026-12-24 Winter Recess", "2027-03-10 Eid al-Fitr"])
        #expect(listed(days.pdDays) == [
            "2026-09-08 Chancellor's Conference Days",
            "2026-11-03 Election Day",
            "2027-02-01 Rating Day for High Schools [9-12]",
            "2027-06-04 Anniversary Day / Chancellor's Conference Day for Elementary Schools & Pre-K Centers [PK-5]",
        ])
        #expect(listed(days.schoolEarlyRelease) == [
            "2026-11-12 Parent-Teacher Conferences for Elementary Schools and K-8 Schools [PK-8]",
            "2026-11-19 Parent-Teacher Conferences for Middle Schools [6-8]",
            "2026-11-24 Parent-Teacher Conferences for High Schools [9-12]",
        ])
        #expect(days.earlyRelease.isEmpty)
        #expect(days.leftOut.map { $0.name ?? "" } == ["First Day of School", "Spring Concert Rehearsal"])
    }

    @Test func theImportedLevelsApplyToThePlansSchoolsByTheirGrades() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-urban-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(at: Fixtures.url("calendars/urban-district-2026-27.ics"), to: folder.appendingPathComponent("district.ics"))
        let goals = PlanFixture.goal("""
            { id: hs, title: Chromebooks for grade 9, kind: rollout, days: 5, not_before: 2027-01-27, grades: 9 },
            { id: es, title: Chromebooks for grades 3-5, kind: rollout, days: 5, not_before: 2027-01-27, grades: 3-5 }
            """)
        let yaml = PlanFixture.yaml(year: "{ start: 2026-09-10, end: 2027-06-25, import: district.ics, early_release: wednesday }",
                                    schools: Self.schools, staff: Self.staff, goals: goals)
        try yaml.write(to: folder.appendingPathComponent("plan.yaml"), atomically: true, encoding: .utf8)
        let result = PlanPipeline().run(path: folder.appendingPathComponent("plan.yaml").path)
        let plan = try #require(result.improvementPlan)
        // Regents week holds back the high school's rollout only.
        #expect(plan.dates("hs") == "2027-02-01…2027-02-05")
        #expect(plan.dates("es") == "2027-01-27…2027-02-02")
        // Election Day is a staff day for everyone; the high schools' rating day is a school day elsewhere.
        #expect(!plan.calendar.pdDays.contains(SchoolDate(iso: "2027-02-01")!))
        #expect(plan.calendar.pdDays.contains(SchoolDate(iso: "2026-11-03")!))
        // The conference days before the first student day are pre-service days.
        #expect(plan.schoolYear.preServiceDays == 2)
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty, "\(result.diagnostics.map(\.message))")
        let report = SchoolYearTextReport.render(plan)
        #expect(report.contains("Parent-Teacher Conferences for High Schools · only grades 9–12"), "\(report)")
    }

    @Test func descriptionsAndStateExamNamesClassifyWhenTheTitleSaysNothing() {
        let classifier = EventClassifier()
        func meaning(_ summary: String, _ description: String?) -> EventMeaning? {
            classifier.rule(summary: summary, categories: [], description: description)?.meaning
        }
        #expect(meaning("Regents Administration", nil) == .testing)
        #expect(meaning("STAAR EOC Algebra I", nil) == .testing)
        #expect(meaning("Election Day", "Students do not attend school.") == .pdDay)
        #expect(meaning("Parent-Teacher Conferences", "Students are dismissed three hours early.") == .earlyRelease)
        #expect(meaning("Parent-Teacher Conferences", "Students will be dismissed at noon.") == nil)
        // The title speaks first; a closure whose description says students stay home stays a closure.
        #expect(meaning("Winter Recess", "Schools closed; students do not attend.") == .closed)
        #expect(meaning("Eid al-Fitr", "Schools closed; students do not attend.") == .closed)
        // A plan's own word for its state's exam.
        let own = EventClassifier(planRules: [EventRule(words: ["KPREP"], meaning: .testing)])
        #expect(own.rule(summary: "KPREP Grades 3-8", categories: [])?.meaning == .testing)
    }
}
