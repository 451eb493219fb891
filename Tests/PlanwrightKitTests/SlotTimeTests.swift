import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

/// Slots with hours and PD days with a place (issue 12, item 5): read from the plan, checked,
/// carried by each session to handouts, calendars and the sessions CSV.
struct SlotTimeTests {
    static let year = "start: 2026-08-24, end: 2027-06-11, closed: [{ name: Winter break, from: 2026-12-21, to: 2027-01-01 }]"

    static func plan(_ year: String) throws -> ImprovementPlan {
        let result = PlanFixture.run(PlanFixture.yaml(year: "{ \(Self.year), \(year) }", goals: PlanFixture.goal("{ id: m, title: Set up, days: 5 }")))
        #expect(!result.diagnostics.contains { $0.severity == .error }, "\(result.diagnostics.map(\.message))")
        return try #require(result.improvementPlan)
    }

    @Test func aTimeIsReadAs24HourFromStartToEnd() {
        #expect(SlotTime(text: "13:30-15:00") == SlotTime(start: 13 * 60 + 30, end: 15 * 60))
        #expect(SlotTime(text: "8:00-15:00")?.minutes == 7 * 60)
        #expect(SlotTime(text: "08:00 - 09:15")?.description == "08:00-09:15")
        for wrong in ["15:00-13:30", "13:30-13:30", "1:30pm-3pm", "25:00-26:00", "13:30", "13:60-14:00", "13:30-24:30", "", "-"] {
            #expect(SlotTime(text: wrong) == nil, "\(wrong)")
        }
    }

    @Test func peopleReadTheTimeInTwelveHoursInEnglish() {
        let words = { (text: String) in SlotTime(text: text).map { SlotTimeWords.range($0, .english) } }
        #expect(words("13:30-15:00") == "1:30–3:00 pm")
        #expect(words("08:00-15:00") == "8:00 am–3:00 pm")
        #expect(words("11:00-12:00") == "11:00 am–12:00 pm")
        #expect(words("12:00-13:05") == "12:00–1:05 pm")
        #expect(words("22:00-24:00") == "10:00 pm–12:00 am")
    }

    /// Spanish keeps the 24-hour clock its readers use, whatever `es_US`'s locale data says.
    @Test func spanishReadsTheTimeInTwentyFourHours() throws {
        let spanish = try #require(Wording.load(language: "es").value)
        let words = { (text: String) in SlotTime(text: text).map { SlotTimeWords.range($0, spanish) } }
        #expect(words("14:30-15:30") == "14:30–15:30")
        #expect(words("08:00-15:00") == "8:00–15:00")
        #expect(words("22:00-24:00") == "22:00–24:00")
    }

    @Test func aTimeThatIsNotOneIsAnErrorAtItsPlace() {
        let source = PlanFixture.yaml(year: "{ \(Self.year), early_release: { day: wednesday, time: 3pm-4pm } }", goals: PlanFixture.goal("{ id: m, title: Set up, days: 5 }"))
        let errors = PlanFixture.run(source).diagnostics.filter { $0.severity == .error }
        let error = try? #require(errors.first { $0.message.contains("write the time as 13:30-15:00") }, "\(errors.map(\.message))")
        guard let location = error?.location else { Issue.record("no location"); return }
        let line = source.split(separator: "\n", omittingEmptySubsequences: false)[location.line - 1]
        #expect(line.dropFirst(location.column - 1).hasPrefix("3pm-4pm"))
        let backwards = PlanFixture.yaml(year: "{ \(Self.year), pd_days: [{ on: 2026-09-16, time: \"15:00-08:00\" }] }", goals: PlanFixture.goal("{ id: m, title: Set up, days: 5 }"))
        #expect(PlanFixture.run(backwards).diagnostics.contains { $0.severity == .error && $0.message.contains("the start before the end") })
    }

    /// `day` with `dates` is a weekly early release plus those dates (see DistrictCalendarFormsTests);
    /// neither, or exceptions to no weekly day, is an error.
    @Test func neitherDayNorDatesIsAnError() {
        for written in ["{ time: \"13:30-15:00\" }", "{ dates: [2026-09-16], except: [2026-09-23] }"] {
            let source = PlanFixture.yaml(year: "{ \(Self.year), early_release: \(written) }", goals: PlanFixture.goal("{ id: m, title: Set up, days: 5 }"))
            #expect(PlanFixture.run(source).diagnostics.contains { $0.severity == .error && $0.message.contains("'early_release'") }, "\(written)")
        }
    }

    @Test func theEarlierFormsStillWork() throws {
        let weekly = try Self.plan("early_release: wednesday")
        #expect(!weekly.training.sessions.isEmpty && weekly.training.sessions.allSatisfy { $0.time == nil && $0.date.weekday == .wednesday })
        let listed = try Self.plan("early_release: { dates: [2026-09-16, 2026-09-23] }")
        #expect(listed.training.sessions.map { "\($0.date)" } == ["2026-09-16", "2026-09-23"])
    }

    /// Leading sessions are 45 minutes: the first of an afternoon starts when early release does,
    /// the group's next follows it, and both fit in its hours.
    @Test func aSessionStartsWithItsSlotAndFitsInIt() throws {
        let timed = try Self.plan("early_release: { day: wednesday, time: \"13:30-15:00\" }")
        #expect(!timed.training.sessions.isEmpty)
        for (_, day) in Dictionary(grouping: timed.training.sessions, by: { "\($0.group) \($0.date)" }) {
            let times = day.sorted { $0.number < $1.number }.map { $0.time?.description ?? "-" }
            #expect(times == ["13:30-14:15"] || times == ["13:30-14:15", "14:15-15:00"], "\(times)")
        }
        let short = try Self.plan("early_release: { day: wednesday, time: \"13:30-14:00\" }")
        #expect(short.training.sessions.isEmpty, "a 45-minute session does not fit a half hour")
    }

    /// Early release with hours holds what fits in them, in place of the planner's 90 minutes.
    @Test func anEarlyReleaseTimeSetsTheLongestSession() throws {
        func sessions(_ earlyRelease: String) throws -> [TrainingSession] {
            let yaml = PlanFixture.yaml(year: "{ \(Self.year), early_release: \(earlyRelease) }",
                                        goals: PlanFixture.goal("{ id: m, title: Set up, days: 5 }"),
                                        extra: "training: { tracks: [{ id: long, name: Long, comfort: [1, 5], sessions: 2, minutes: 120 }] }")
            return try #require(PlanFixture.run(yaml).improvementPlan).training.sessions
        }
        #expect(try sessions("wednesday").isEmpty, "120 minutes is more than the 90 an early release holds by default")
        let long = try sessions("{ day: wednesday, time: \"13:00-15:30\" }")
        #expect(long.count == 2 && long.allSatisfy { $0.time?.description == "13:00-15:00" && $0.slot == .earlyRelease })
        #expect(try sessions("{ day: wednesday, time: \"14:00-15:00\" }").isEmpty, "nor does an hour")
    }

    @Test func aPDDaysPlaceAndTimeReachEveryOutput() throws {
        let plan = try Self.plan("pd_days: [{ name: Fall PD day, on: 2026-09-16, place: \"Lincoln library; room 2, east\", time: \"08:00-15:00\" }, 2026-09-23]")
        let sessions = plan.training.sessions
        #expect(sessions.map { "\($0.date) \($0.time?.description ?? "-") \($0.place ?? "-")" }
                == ["2026-09-16 08:00-08:45 Lincoln library; room 2, east", "2026-09-23 - -"])
        let files = Dictionary(try BuildOutputTests.render(plan).files.map { ($0.path, $0.contents) }, uniquingKeysWith: { a, _ in a })
        let handout = try #require(files["schools/north.md"])
        #expect(handout.contains("Wed, Sep 16, 8:00–8:45 am (PD day, Lincoln library; room 2, east); Wed, Sep 23 (PD day)"), "\(handout)")
        let calendar = try #require(files["schools/north.ics"])
        #expect(calendar.contains("DTSTART:20260916T080000\r\nDTEND:20260916T084500\r\n"))
        #expect(calendar.contains("LOCATION:Lincoln library\\; room 2\\, east\r\n"))
        #expect(calendar.contains("DTSTART;VALUE=DATE:20260923\r\n"), "a slot with no time stays all-day")
        let csv = try #require(files["training-sessions.csv"])
        #expect(csv.hasPrefix("id,group,session,programme,prepares_for,date,minutes,slot,focus,start_time,end_time,place\r\n"))
        #expect(csv.contains(",08:00,08:45,\"Lincoln library; room 2, east\"\r\n"))
        #expect(csv.contains(",,,\r\n"))
    }
}
