import Testing
@testable import PlanwrightDocument
@testable import PlanwrightImports
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightComparison
@testable import PlanwrightOutputs
@testable import PlanwrightAuthoring

struct ICalendarExportTests {
    // MARK: Structure

    @Test func everyLineEndsInCRLFAndFitsIn75Octets() throws {
        let example = try GoldenOutputTests.examplePlan()
        let fixture = try ExportFixture.plan()
        let calendars = [ICalendarExport.district(example), ICalendarExport.district(fixture)]
            + example.schools.map { ICalendarExport.school($0.id, in: example) }
            + fixture.schools.map { ICalendarExport.school($0.id, in: fixture) }
        for text in calendars {
            let calendar = ReadCalendar(text)
            let name = calendar.unfolded.first { $0.hasPrefix("X-WR-CALNAME:") } ?? "?"
            let crlf = calendar.endsEveryLineInCRLF
            let longest = calendar.physicalLines.map(\.count).max() ?? 0
            let valid = calendar.physicalLines.allSatisfy { String(validating: $0, as: UTF8.self) != nil }
            #expect(crlf, "\(name)")
            #expect(longest <= 75, "\(name)")
            #expect(valid, "\(name)")
        }
        // The example plan's long titles and descriptions do get folded.
        #expect(ReadCalendar(calendars[0]).physicalLines.contains { $0.first == UInt8(ascii: " ") })
    }

    @Test func theCalendarHasTheRequiredHeaderAndAFixedStamp() throws {
        let plan = try ExportFixture.plan()
        let text = ICalendarExport.district(plan)
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Planwright//Planwright 1//EN\r\nCALSCALE:GREGORIAN\r\n"))
        #expect(text.hasSuffix("END:VEVENT\r\nEND:VCALENDAR\r\n"))
        let calendar = ReadCalendar(text)
        #expect(calendar.unfolded.contains(#"X-WR-CALNAME:Test District\, "North""#))
        #expect(calendar.unfolded.filter { $0 == "BEGIN:VEVENT" }.count == calendar.events.count)
        // DTSTAMP comes from the plan's start, never the clock.
        #expect(!calendar.events.isEmpty && calendar.events.allSatisfy { $0["DTSTAMP"] == "20260824T000000Z" })
        let school = ReadCalendar(ICalendarExport.school("north", in: plan))
        #expect(school.unfolded.contains("X-WR-CALNAME:North Elementary"))
    }

    @Test func foldingNeverSplitsACharacterAndUnfoldingRestoresTheTitle() throws {
        // Pad the title so that two-, three- and four-byte characters and an emoji ZWJ sequence
        // fall across the 75th octet in one milestone or another.
        let titles = (0..<8).map { pad in
            "Fortbildung für Lehrkräfte " + String(repeating: "x", count: 36 + pad) + String(repeating: "é🎓ü👩🏽‍🏫ñ€", count: 8)
        }
        let milestones = titles.enumerated().map { "{ id: long-\($0.offset), title: \"\($0.element)\", days: 2 }" }
        let plan = try ExportFixture.plan(PlanFixture.yaml(goals: PlanFixture.goal(milestones.joined(separator: ", "))))
        let calendar = ReadCalendar(ICalendarExport.district(plan))
        let fits = calendar.physicalLines.allSatisfy { $0.count <= 75 && String(validating: $0, as: UTF8.self) != nil }
        #expect(fits)
        // Titles this long are cut in SUMMARY (`ICalendarTitleTests`); the whole one opens the description.
        for (index, title) in titles.enumerated() {
            let event = calendar.event("milestone-long-\(index)@planwright")
            #expect(event?["DESCRIPTION"].map(ICSCalendarReader.unescape)?.hasPrefix(title + "\n") == true)
            #expect(event?["SUMMARY"].map(ICSCalendarReader.unescape).map { title.hasPrefix($0.dropLast()) } == true)
        }
        // A fold moved back off a character's middle somewhere, so the boundary case was met.
        let shortened = zip(calendar.physicalLines, calendar.physicalLines.dropFirst()).contains { line, next in
            next.first == UInt8(ascii: " ") && line.count < 75
        }
        #expect(shortened)
    }

    @Test func foldingCutsAt75OctetsAndBacksOffMultiByteCharacters() {
        func fold(_ name: String, _ value: String) -> [String] {
            var writer = ICalendarWriter(capacity: 0)
            writer.property(name, value)
            #expect(writer.contents.hasSuffix("\r\n"))
            return writer.contents.split(separator: "\r\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        }
        let exact = String(repeating: "a", count: 73)
        #expect(fold("X", exact) == ["X:" + exact])
        #expect(fold("X", exact + "b") == ["X:" + exact, " b"])
        // "SUMMARY:" is 8 octets; 33 two-octet letters fill 74, and the 34th would cross 75. After
        // the leading space, continuation lines hold 37 letters.
        let accented = fold("SUMMARY", String(repeating: "é", count: 100))
        #expect(accented.map(\.utf8.count) == [74, 75, 61])
        #expect(accented.map { $0.hasPrefix(" ") ? String($0.dropFirst()) : $0 }.joined() == "SUMMARY:" + String(repeating: "é", count: 100))
        // A four-octet emoji is never cut: "X:" and 71 letters leave 2 octets, so it moves to the next line.
        #expect(fold("X", String(repeating: "a", count: 71) + "🎓z") == ["X:" + String(repeating: "a", count: 71), " 🎓z"])
    }

    @Test func uidsAreUniqueWithinACalendarAndStableAcrossRuns() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let district = ICalendarExport.district(plan)
        let uids = ReadCalendar(district).uids
        #expect(uids.count == plan.milestones.count + plan.training.sessions.count)
        #expect(Set(uids).count == uids.count)
        #expect(uids.contains("milestone-lms-pilot@planwright"))
        #expect(uids.contains("session-lms-rollout.getting-started-riverside-1-1@planwright"))
        // The same plan planned again gives the same bytes, so clients update events in place.
        let again = try GoldenOutputTests.examplePlan()
        #expect(ICalendarExport.district(again) == district)
        for school in plan.schools {
            let schoolUIDs = ReadCalendar(ICalendarExport.school(school.id, in: plan)).uids
            #expect(Set(schoolUIDs).count == schoolUIDs.count)
            #expect(Set(schoolUIDs).isSubset(of: Set(uids)), "a school's events are the district's, under the same UIDs")
            #expect(ICalendarExport.school(school.id, in: again) == ICalendarExport.school(school.id, in: plan))
        }
    }

    @Test func uidPartsKeepSafeCharactersAndEncodeTheRest() {
        #expect(ICalendarText.uidPart("lms-pilot_2.b") == "lms-pilot_2.b")
        #expect(ICalendarText.uidPart("a b/é@x") == "a%20b%2F%C3%A9%40x")
        // Encoding '%' too keeps different ids apart.
        #expect(ICalendarText.uidPart("a%20b") == "a%2520b")
    }

    // MARK: Dates

    /// Milestones are all-day events; so is a session whose slot has no time. A session with
    /// hours (the example's early release is 13:30-15:00) is a timed event in local time.
    @Test func eventsAreAllDayAndEndTheDayAfterTheirLastDay() throws {
        let plan = try GoldenOutputTests.examplePlan()
        let calendar = ReadCalendar(ICalendarExport.district(plan))
        for milestone in plan.milestones {
            let event = calendar.event("milestone-\(milestone.id)@planwright")
            #expect(event?["DTSTART;VALUE=DATE"] == Self.date(milestone.start))
            #expect(event?["DTEND;VALUE=DATE"] == Self.date(milestone.end.adding(days: 1)), "\(milestone.id)")
        }
        for session in plan.training.sessions {
            let event = calendar.event("session-\(session.group)-\(session.number)@planwright")
            if let time = session.time {
                let clock = { (minutes: Int) in SlotTime.clock(minutes).filter { $0 != ":" } + "00" }
                #expect(event?["DTSTART"] == Self.date(session.date) + "T" + clock(time.start))
                #expect(event?["DTEND"] == Self.date(session.date) + "T" + clock(time.end))
            } else {
                #expect(event?["DTSTART;VALUE=DATE"] == Self.date(session.date))
                #expect(event?["DTEND;VALUE=DATE"] == Self.date(session.date.adding(days: 1)))
            }
        }
        #expect(plan.training.sessions.contains { $0.time != nil }, "the example gives early release its hours")
        let first = try #require(calendar.event("session-lms-rollout.getting-started-riverside-1-1@planwright"))
        // From 10:00: the champions' own Leading sessions open the PD day, 8:00-9:30.
        #expect(first["DTSTART"] == "20270104T100000" && first["DTEND"] == "20270104T110000")
        // Concretely: the LMS pilot runs 2026-09-08 to 2026-10-13, so DTEND is 14 October.
        #expect(plan.dates("lms-pilot") == "2026-09-08…2026-10-13")
        let pilot = try #require(calendar.event("milestone-lms-pilot@planwright"))
        #expect(pilot["DTSTART;VALUE=DATE"] == "20260908" && pilot["DTEND;VALUE=DATE"] == "20261014")
        #expect(Self.date(SchoolDate(iso: "2026-12-31")!.adding(days: 1)) == "20270101")
    }

    @Test func ourOwnCalendarReaderReadsTheDaysBack() throws {
        // The import treats DTEND as exclusive, as RFC 5545 does: what we write must read back.
        let plan = try ExportFixture.plan()
        let read = ICSOccurrenceReader().read(SourceText(path: "calendar.ics", bytes: Array(ICalendarExport.district(plan).utf8)), within: nil)
        #expect(read.diagnostics.isEmpty)
        let tracks = Dictionary(uniqueKeysWithValues: plan.training.groups.map { group in
            (group.id, plan.training.tracks.first { $0.id == group.track }.map { TrackWords.name($0, .english) } ?? "")
        })
        // A title past 80 characters reads back cut (`ICalendarTitle`).
        let expected = plan.milestones.map { "\(ICalendarTitle.cut(Wording.english.title($0.title)).summary) \($0.start) \($0.end)" }
            + plan.training.sessions.map { session in
                // A session's title leads with what it prepares for.
                let prepares = plan.training.programme(session.programme).map { "\($0.name): " } ?? ""
                return "\(ICalendarTitle.cut(prepares.isEmpty ? "" : String(prepares.dropLast(2)), keeping: (prepares.isEmpty ? "" : ": ") + "\(tracks[session.group] ?? "") training, session \(session.number)").summary) \(session.date) \(session.date)"
            }
        let spans = read.value.map { "\($0.summary ?? "") \($0.first) \($0.last)" }
        #expect(spans.sorted() == expected.sorted())
        #expect(spans.contains("Pilot 2026-08-24 2026-09-04"))
    }

    // MARK: Escaping

    @Test func textIsEscaped() throws {
        let plan = try ExportFixture.plan()
        let calendar = ReadCalendar(ICalendarExport.district(plan))
        let rollout = try #require(calendar.event("milestone-r@planwright"))
        #expect(rollout["SUMMARY"] == #"Tom & "Jerry"\, a\; b\\c\nnext line"#)
        #expect(rollout["SUMMARY"].map(ICSCalendarReader.unescape) == "Tom & \"Jerry\", a; b\\c\nnext line")
        let pilot = try #require(calendar.event("milestone-p@planwright"))
        #expect(pilot["DESCRIPTION"]?.contains(#"\nOwner: Tom & "Jerry"\n"#) == true)
        // Not HTML: angle brackets and ampersands stay as they are.
        let session = try #require(calendar.events.first { $0["CATEGORIES"] == "training" })
        #expect(session["DESCRIPTION"]?.contains(#"\nFacilitator: <script>alert(1)</script>\n"#) == true)
        #expect(!calendar.unfolded.contains { $0.contains("&amp;") || $0.contains("&lt;") })
        #expect(session["SUMMARY"]?.hasSuffix(#" training\, session 1"#) == true)
    }

    @Test func escapingCoversTheTextSpecials() {
        #expect(ICalendarText.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        // Every line break is one \n, CRLF included; other control characters are not allowed in TEXT.
        #expect(ICalendarText.escape("a\r\nb\rc\nd\u{7}e\tf") == #"a\nb\nc\nde"# + "\tf")
        #expect(ICalendarText.escape("Zoë 🎓") == "Zoë 🎓")
    }

    /// `YYYYMMDD`, written independently of the exporter.
    static func date(_ date: SchoolDate) -> String { String(date.description.filter { $0 != "-" }) }

    // MARK: School calendars

    @Test func aSchoolCalendarHoldsOnlyItsMilestonesAndItsGroupsSessions() throws {
        let plan = try GoldenOutputTests.examplePlan()
        for school in plan.schools {
            let groups = Set(plan.training.groups.filter { $0.schools.contains(school.id) }.map(\.id))
            let expected = plan.milestones.filter { $0.isFor(school) }
                .map { "milestone-\($0.id)@planwright" }
                + plan.training.sessions.filter { groups.contains($0.group) }.map { "session-\($0.group)-\($0.number)@planwright" }
            let calendar = ReadCalendar(ICalendarExport.school(school.id, in: plan))
            #expect(calendar.uids == expected, "\(school.id)")
            #expect(calendar.unfolded.contains("X-WR-CALNAME:" + ICalendarText.escape(school.name)))
            // Other schools a milestone concerns are named too, not shown by id.
            for milestone in plan.milestones where !milestone.schools.isEmpty && milestone.schools.contains(school.id) {
                let names = milestone.schools.map { id in plan.schools.first { $0.id == id }?.name ?? "?" }
                let description = calendar.event("milestone-\(milestone.id)@planwright")?["DESCRIPTION"]
                #expect(description?.contains(#"\nSchools: "# + names.joined(separator: #"\, "#) + #"\n"#) == true, "\(school.id) \(milestone.id)")
            }
        }
        let riverside = ReadCalendar(ICalendarExport.school("riverside", in: plan)).uids
        #expect(riverside.contains("session-lms-rollout.getting-started-riverside-1-1@planwright"))
        #expect(!riverside.contains("session-lms-rollout.getting-started-eastside-1-1@planwright"))
        #expect(riverside.contains("milestone-infra-survey@planwright"))
        #expect(!ReadCalendar(ICalendarExport.school("lincoln", in: plan)).uids.contains("milestone-infra-survey@planwright"))
    }

    @Test func aLongListOfSchoolsIsNamedInPartAndCounted() throws {
        // The fixture's one member of staff works at 'north', so that is School 1.
        let ids = ["north"] + (2...12).map { "x\($0)" }
        let schools = ids.enumerated().map { "{ id: \($0.element), name: School \($0.offset + 1) }" }
        let plan = try ExportFixture.plan(PlanFixture.yaml(
            schools: "[\(schools.joined(separator: ", "))]",
            goals: PlanFixture.goal("{ id: wide, title: Wide, days: 2, schools: [\(ids.joined(separator: ", "))] }")))
        let names = (1...10).map { "School \($0)" }.joined(separator: #"\, "#)
        for text in [ICalendarExport.district(plan), ICalendarExport.school("x12", in: plan)] {
            let wide = try #require(ReadCalendar(text).event("milestone-wide@planwright"))
            #expect(wide["DESCRIPTION"]?.contains(#"\nSchools: "# + names + #" and 2 more\n"#) == true)
        }
    }

    @Test func milestonesForOtherSchoolsStayOffASchoolsCalendar() throws {
        let plan = try ExportFixture.plan()
        let north = ReadCalendar(ICalendarExport.school("north", in: plan)).uids
        let south = ReadCalendar(ICalendarExport.school("south", in: plan)).uids
        #expect(north.contains("milestone-p@planwright") && !north.contains("milestone-south-visit@planwright"))
        #expect(south.contains("milestone-south-visit@planwright") && !south.contains("milestone-p@planwright"))
        // Everyone's milestones are on both.
        #expect(north.contains("milestone-r@planwright") && south.contains("milestone-r@planwright"))
    }
}

/// An exported calendar read back the way a client reads it: by bytes, then unfolded.
struct ReadCalendar {
    let bytes: [UInt8]
    /// Each physical line's octets, without its CRLF.
    let physicalLines: [ArraySlice<UInt8>]
    /// Content lines after unfolding, by our own reader's rules.
    let unfolded: [String]
    /// Each VEVENT's properties: name with parameters (`DTSTART;VALUE=DATE`) → raw value.
    let events: [[String: String]]

    init(_ text: String) {
        bytes = Array(text.utf8)
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { $0.last == 13 ? $0.dropLast() : $0 }
        if lines.last?.isEmpty == true { lines.removeLast() }
        physicalLines = lines
        unfolded = ICSCalendarReader.unfold(SourceText(path: "test.ics", bytes: bytes)).map(\.text).filter { !$0.isEmpty }
        var events: [[String: String]] = []
        var current: [String: String]?
        for line in unfolded {
            if line == "BEGIN:VEVENT" { current = [:]; continue }
            if line == "END:VEVENT", let event = current { events.append(event); current = nil; continue }
            guard current != nil, let colon = line.firstIndex(of: ":") else { continue }
            current![String(line[..<colon])] = String(line[line.index(after: colon)...])
        }
        self.events = events
    }

    var uids: [String] { events.compactMap { $0["UID"] } }

    func event(_ uid: String) -> [String: String]? { events.first { $0["UID"] == uid } }

    /// No bare CR or LF anywhere, and the file ends with CRLF.
    var endsEveryLineInCRLF: Bool {
        guard bytes.suffix(2) == [13, 10] else { return false }
        for index in bytes.indices {
            if bytes[index] == 10, index == 0 || bytes[index - 1] != 13 { return false }
            if bytes[index] == 13, index + 1 == bytes.count || bytes[index + 1] != 10 { return false }
        }
        return true
    }
}

/// A small plan whose names and titles are hostile to every output format: markup, quotes,
/// commas, semicolons, a backslash, a line break, a spreadsheet formula and accented letters.
enum ExportFixture {
    static func plan(_ yaml: String = yaml) throws -> ImprovementPlan {
        let result = PlanFixture.run(yaml)
        #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))")
        return try #require(result.improvementPlan)
    }

    static let yaml = #"""
        planwright: 1
        district: { name: 'Test District, "North"', vision: Learn., team: [{ name: Ann Lee, role: Grade 3 Teacher }] }
        framework: edtech-systems
        year: { start: 2026-08-24, end: 2027-06-11, pd_days: [2026-10-09, 2026-11-02], early_release: wednesday }
        assessment: { date: 2026-05-14, ratings: { shared-vision: { current: 2, target: 3 } } }
        schools: [{ id: north, name: North Elementary }, { id: south, name: 'South; Middle' }, { id: east, name: East }, { id: west, name: West }]
        staff:
          - { id: c1, name: "<script>alert(1)</script>", school: north, comfort: 5, champion: yes }
          - { id: n1, name: 'Tom & "Jerry"', school: north, comfort: 1 }
          - { id: n2, name: '=HYPERLINK("http://x","y")', school: north, comfort: 1 }
          - { id: n3, name: "Zoë Ångström", school: north, comfort: 2 }
          - { id: s1, name: "Sam, Jr.", school: south, comfort: 1 }
          - { id: e1, name: Eve, school: east, comfort: 1 }
          - { id: w1, name: Wren West, school: west, comfort: 5, champion: yes }
        goals:
          - id: g
            title: Goal
            indicators: [shared-vision]
            milestones:
              - { id: p, title: Pilot, days: 10, kind: pilot, schools: [north], owner: 'Tom & "Jerry"' }
              - { id: gate, title: Gate, days: 1, after: p, kind: gate }
              - { id: r, title: "Tom & \"Jerry\", a; b\\c\nnext line", days: 5, after: gate, kind: rollout, not_before: 2026-11-16 }
              - { id: south-visit, title: "-1 day: South visit", days: 2, schools: [south] }
        """#
}
