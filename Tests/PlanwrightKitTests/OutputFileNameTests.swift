import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Issue 20, item 14: ids from a roster as file names. A OneRoster `sourcedId` may be any text:
/// every file name stays within 255 bytes and unique ignoring case, the same from build to
/// build, and the handout's link to its people page follows its file.
struct OutputFileNameTests {
    static let longTeacher = "t-" + String(repeating: "0123456789", count: 30)  // 302 characters
    static let accentedTeacher = String(repeating: "é", count: 100)  // 600 bytes once encoded
    static let longSchool = "sch-eastside-" + String(repeating: "campus-", count: 40)

    /// The district of `RosterDistrict` with the ids a roster may hold: a 302-character teacher,
    /// one of 100 accented letters, two aides whose ids differ only in case, and a long school id.
    static func district() throws -> RosterDistrict {
        let district = try RosterDistrict()
        let roster = district.folder.appendingPathComponent("roster")
        var users = try String(contentsOf: roster.appendingPathComponent("users.csv"), encoding: .utf8)
        var orgs = RosterDistrict.orgs
        for (old, new) in [("t-a1,", longTeacher + ","), ("t-a2,", accentedTeacher + ","), ("a-e1,", "T-CASE,"), ("a-e2,", "t-case,"),
                           ("sch-eastside", longSchool)] {
            users = users.replacingPresent(old, with: new)
            // Not every id is an org's: orgs.csv changes where it names one.
            orgs = orgs.replacingOccurrences(of: old, with: new)
        }
        try Data(users.utf8).write(to: roster.appendingPathComponent("users.csv"))
        try Data(orgs.utf8).write(to: roster.appendingPathComponent("orgs.csv"))
        return district
    }

    /// Before: "File name too long" for every build, with the whole 300-character name in the message.
    @Test func anyIdARosterHoldsBuilds() throws {
        let district = try Self.district()
        defer { district.remove() }
        let plan = try #require(district.run().improvementPlan)
        #expect(plan.staff.contains { $0.id == Self.longTeacher } && plan.staff.contains { $0.id == "T-CASE" })
        let files = try BuildOutputTests.render(plan).files
        for file in files {
            for component in file.path.split(separator: "/") {
                #expect(component.utf8.count <= 255, "\(component.utf8.count) bytes: \(component.prefix(40))…")
            }
        }
        let folded = files.map { $0.path.lowercased() }
        #expect(Set(folded).count == files.count, "no two files differ only in case")
        let out = district.folder.appendingPathComponent("out")
        let summary = try OutputDirectory.write(files, to: out)
        #expect(summary.written == files.count)

        let again = try BuildOutputTests.render(try #require(district.run().improvementPlan)).files
        #expect(again.map(\.path) == files.map(\.path), "the same names from build to build")
    }

    @Test func longAndCaseCollidingIdsGetAStableHashAndOthersKeepTheirOwnName() {
        let names = OutputFileNames(["t-001", "T-CASE", "t-case", Self.longTeacher, Self.accentedTeacher])
        #expect(names("t-001") == "t-001")
        #expect(names("T-CASE") == "T-CASE~" + Self.hex("T-CASE"))
        #expect(names("t-case") == "t-case~" + Self.hex("t-case"))
        #expect(names("T-CASE").lowercased() != names("t-case").lowercased())
        let long = names(Self.longTeacher)
        #expect(long.utf8.count == OutputFileNames.maxBytes && long.hasPrefix("t-0123456789") && long.hasSuffix("~" + Self.hex(Self.longTeacher)))
        let accented = names(Self.accentedTeacher)
        #expect(accented.utf8.count <= OutputFileNames.maxBytes && accented.hasPrefix("%C3%A9%C3%A9"))
        #expect(accented.split(separator: "~")[0].hasSuffix("%C3%A9"), "cut between two letters, never inside one")
        #expect(names(".hidden" + Self.longTeacher).hasPrefix("%2Ehidden"), "a leading dot is still written %2E")
        #expect(OutputFileNames.maxBytes == 255 - "-students.xx.html".utf8.count)
    }

    /// A school `lincoln-people` beside `lincoln`: one's handout would be the other's people page.
    @Test func aSchoolsHandoutNeverTakesAnotherSchoolsPeoplePage() throws {
        let yaml = PlanFixture.yaml(
            schools: "[{ id: lincoln, name: Lincoln Elementary, grades: K-5 }, { id: lincoln-people, name: Lincoln People's Academy, grades: 6-8 }, { id: north, name: North Elementary, grades: K-5 }]",
            staff: "[{ id: s1, name: Ann Lee, school: lincoln, comfort: 4, champion: yes }, { id: s2, name: Bo Diaz, school: lincoln-people, comfort: 4, champion: yes }]",
            goals: PlanFixture.goal("{ id: m, title: Set up, days: 5 }"))
        let plan = try #require(PlanFixture.run(yaml).improvementPlan)
        let paths = try BuildOutputTests.render(plan).files.map(\.path)
        #expect(Set(paths.map { $0.lowercased() }).count == paths.count, "no file written twice")
        #expect(paths.contains("schools/north.md") && paths.contains("schools/lincoln~\(Self.hex("lincoln")).md"))
        #expect(PlanDocuments.nameEndings(.eachSchool) == [".md", ".html", "-people.md", "-people.html", ".ics",
                                                           "-family.xx.md", "-family.xx.html", "-students.xx.md", "-students.xx.html"])
    }

    /// A school `lincoln-family.es` beside `lincoln`: its handout (`lincoln-family.es.html`) would
    /// be written over the other's Spanish family page, for each language pages are made in.
    @Test func aSchoolsHandoutNeverTakesAnotherSchoolsFamilyPage() throws {
        let yaml = PlanFixture.yaml(
            schools: "[{ id: lincoln, name: Lincoln Elementary, grades: K-5 }, { id: lincoln-family.es, name: Lincoln Family Academy, grades: 6-8 }, { id: north, name: North Elementary, grades: K-5 }]",
            staff: "[{ id: s1, name: Ann Lee, school: lincoln, comfort: 4, champion: yes }, { id: s2, name: Bo Diaz, school: lincoln-family.es, comfort: 4, champion: yes }]",
            goals: PlanFixture.goal("{ id: m, title: Set up, days: 5 }"), extra: "families: { languages: [en, es] }")
        let plan = try #require(PlanFixture.run(yaml).improvementPlan)
        let files = try BuildOutputTests.render(plan).files
        let paths = files.map(\.path)
        #expect(Set(paths.map { $0.lowercased() }).count == paths.count, "no file written twice")
        let lincoln = "lincoln~\(Self.hex("lincoln"))", academy = "lincoln-family.es~\(Self.hex("lincoln-family.es"))"
        let page = try #require(files.first { $0.path == "schools/\(lincoln)-family.es.html" }?.contents)
        #expect(page.contains("Lincoln Elementary") && !page.contains("Lincoln Family Academy"))
        let handout = try #require(files.first { $0.path == "schools/\(academy).html" }?.contents)
        #expect(handout.contains("Lincoln Family Academy"))
        #expect(paths.contains("schools/north-family.es.html") && paths.contains("schools/north.html"), "other schools keep their own names")
        // The page in the other language links to the name the page is written under.
        #expect(try #require(files.first { $0.path == "schools/\(lincoln)-family.en.html" }?.contents)
            .contains("href=\"\(lincoln)-family.es.html\""))
        #expect(PlanDocuments.nameEndings(.eachSchool, languages: ["en", "es"]).filter { $0.contains("family") }
                == ["-family.en.md", "-family.es.md", "-family.en.html", "-family.es.html"])
    }

    /// The handout links to its people page by the name the page is written under.
    @Test func theHandoutLinksToItsPeoplePageByItsShortenedName() throws {
        let district = try Self.district()
        defer { district.remove() }
        let plan = try #require(district.run().improvementPlan)
        let files = try BuildOutputTests.render(plan).files
        let name = OutputFileNames(plan.schools.map(\.id))(Self.longSchool)
        #expect(name.utf8.count < Self.longSchool.utf8.count)
        let handout = try #require(files.first { $0.path == "schools/\(name).html" }?.contents)
        let link = "\(name)-people.html".replacingOccurrences(of: "~", with: "%7E")
        #expect(handout.contains("href=\"\(link)\""))
        #expect(files.contains { $0.path == "schools/\(name)-people.html" })
    }

    /// Should a file system still refuse a name, the message quotes it cut, not 300 characters of it.
    @Test func aRefusedNameIsQuotedCut() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("planwright-long-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let handle = try DirectoryHandle.openFolder(atPath: folder.path)
        let error = #expect(throws: DirectoryHandle.SystemError.self) { try handle.createFile(Self.longTeacher + ".ics", contents: []) }
        let message = try #require(error).description
        #expect(message.hasPrefix("create 't-0123456789") && message.count < 120, "\(message)")
    }

    /// FNV-1a's published test vectors: the suffix is the same on every machine.
    @Test func theHashIsFNV1a() {
        var empty = "", a = "a", foobar = "foobar"
        #expect(FNV1a.hash64(&empty) == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a.hash64(&a) == 0xaf63_dc4c_8601_ec8c)
        #expect(FNV1a.hash64(&foobar) == 0x8594_4171_f739_67e8)
    }

    static func hex(_ id: String) -> String {
        var text = id
        let hash = String(FNV1a.hash64(&text), radix: 16)
        return String(repeating: "0", count: 16 - hash.count) + hash
    }
}
