import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// `people/<staff-id>.ics`: a calendar for every person (issue 12, item 5).
struct PersonCalendarTests {
    static func files(_ plan: ImprovementPlan) throws -> [String: String] {
        Dictionary(try BuildOutputTests.render(plan).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
    }

    @Test func everyMemberOfStaffHasACalendarOfTheirOwnSessions() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let files = try Self.files(plan)
        #expect(Set(files.keys.filter { $0.hasPrefix("people/") }) == Set(plan.staff.map { "people/\($0.id).ics" }))
        for person in plan.staff {
            let calendar = try #require(files["people/\(person.id).ics"])
            // Pilot participants co-lead groups instead of attending them: those sessions are theirs too.
            let groups = plan.training.groups.filter { $0.members.contains(person.id) || $0.facilitator == person.id || $0.coLeaders.contains(person.id) }
            let sessions = plan.training.sessions.filter { session in groups.contains { $0.id == session.group } }
            #expect(calendar.components(separatedBy: "BEGIN:VEVENT").count - 1 == sessions.count, "\(person.id)")
            let lines = Set(ReadCalendar(calendar).unfolded)
            for session in sessions {
                #expect(lines.contains("UID:session-\(ICalendarText.uidPart(session.id))-for-\(person.id)@planwright"), "\(person.id) \(session.id)")
            }
        }
    }

    /// Grace Okafor (t-003) co-leads a Getting started group and is in a Leading group herself.
    @Test func aChampionsCalendarSaysWhichSessionsTheyFacilitate() throws {
        let calendar = try #require(try Self.files(try GoldenOutputTests.examplePlan())["people/t-003.ics"])
        #expect(calendar.contains("X-WR-CALNAME:Grace Okafor: training\r\n"))
        let lines = ReadCalendar(calendar).unfolded.joined(separator: "\n")
        // She is trained first (Leading, 8:00-9:30), then facilitates from 10:00.
        #expect(lines.contains("DTSTART:20270104T100000\nDTEND:20270104T110000\nSUMMARY:Facilitating: All classrooms post weekly…: Getting started training\\, session 1\nDESCRIPTION:Facilitating: All classrooms post weekly assignments and feedback in Canvas: Getting started training\\, session 1\\n"))
        // A long programme name is cut in the title, never which session it is; the whole title opens the description.
        #expect(lines.contains("SUMMARY:All classrooms post weekly assignments and…: Leading training\\, session 1\nDESCRIPTION:All classrooms post weekly assignments and feedback in Canvas: Leading training\\, session 1\\n"))
        #expect(calendar.contains("DTSTART:20270104T080000\r\n") && calendar.contains("LOCATION:Lincoln library\r\n"))
    }

    /// No PD day and no early release: nobody has a session, and every link still opens a calendar.
    @Test func someoneWithNoSessionGetsAValidEmptyCalendar() throws {
        let yaml = PlanFixture.yaml(year: "{ start: 2026-08-24, end: 2027-06-11 }", goals: PlanFixture.goal("{ id: m, title: Set up, days: 5 }"))
        let plan = try #require(PlanFixture.run(yaml).improvementPlan)
        #expect(plan.training.sessions.isEmpty)
        let calendar = try #require(try Self.files(plan)["people/s1.ics"])
        #expect(calendar == "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Planwright//Planwright 1//EN\r\nCALSCALE:GREGORIAN\r\nX-WR-CALNAME:Ann Lee: training\r\nEND:VCALENDAR\r\n")
    }

    /// Ids from the plan file are letters, digits, `-`, `_` and `.`; ids imported from OneRoster
    /// may be anything. None may name a file outside `people/`, or the same file as another.
    @Test func aStaffIdNeverNamesAFileOutsideTheFolder() throws {
        let ids = ["t-001", "A.b_c", "..", ".", ".hidden", "../../etc/passwd", "a/b", "/root", "tab\there", "%2E", "名前", "x\u{0}y", "a b"]
        let names = OutputFileNames(ids)
        let paths = ids.map { PlanDocument.personCalendar.paths(school: $0, names: names) }
        for (id, path) in zip(ids, paths) {
            let one = try #require(path.first)
            let parsed = try #require(OutputPath(one), "\(id) gave \(one)")
            #expect(parsed.components.count == 2 && parsed.components[0] == "people" && !parsed.name.hasPrefix("."), "\(id) gave \(one)")
        }
        #expect(paths[0] == ["people/t-001.ics"] && paths[1] == ["people/A.b_c.ics"], "plan-file ids are written as they are")
        #expect(Set(paths.map(\.first)).count == ids.count, "distinct ids give distinct files")
    }
}
