import Foundation
import Testing
@testable import PlanwrightDocument
@testable import PlanwrightModel
@testable import PlanwrightPlanning
@testable import PlanwrightOutputs

/// Issue 21, item 4, followed up: district-wide staff (`school: district`) as the people who read
/// the outputs see them. Cedar Bluff (`Fixtures/words/cedar-bluff.yaml`: 24 staff at the
/// elementary, 8 at the junior high, 13 at the high school) given a campus counselor and a
/// librarian-technology aide for the whole district, and a science teacher at the junior high
/// and the high school.
struct DistrictWideStaffTests {
    static let counselor = "  - { id: d-01, name: Nora Baptiste, role: counselor, school: district, subjects: [counseling], grades: K-12, comfort: 3 }"
    static let aide = "  - { id: d-02, name: Owen Stabler, role: aide, school: district, subjects: [library], grades: K-12, comfort: 2 }"
    static let sharedTeacher = "  - { id: x-03, name: Ivy Sandvik, school: [cbjh, cbhs], subjects: [science], grades: 7-12, comfort: 2 }"

    static func withStaff(_ entries: [String]) -> String {
        SmallDistrictWordsTests.plan.replacingPresent("  # Cedar Bluff Junior High (8)\n",
                                                      with: entries.joined(separator: "\n") + "\n  # Cedar Bluff Junior High (8)\n")
    }

    static var campus: String { withStaff([counselor, aide, sharedTeacher]) }

    static func planned(_ yaml: String) throws -> ImprovementPlan {
        let result = SmallDistrictWordsTests.run(yaml)
        #expect(!result.hasErrors, "\(SmallDistrictWordsTests.diagnostics(result))")
        return try #require(result.improvementPlan)
    }

    /// The counts sentence of a people page (its first line after the as-of line).
    static func counts(_ page: String?) -> String? {
        page?.split(separator: "\n").first { $0.first?.isNumber == true || $0.hasPrefix("The plan lists") }.map(String.init)
    }

    // MARK: 1. Counts and people pages

    /// Before, the counselor and the aide were in every school's table and count (the
    /// elementary's 24 staff read 26, the junior high's 8 read 11), so the schools' counts did
    /// not add up to the district's 48. Now each school counts its own (the shared teacher at
    /// both of hers, saying so), and district-wide staff are counted and listed apart.
    @Test func eachSchoolCountsItsOwnStaffAndDistrictWideStaffApart() throws {
        let planned = try Self.planned(Self.campus)
        #expect(planned.staff.count == 48)
        let files = try BudgetOutputTests.outputs(planned)
        let cbe = try #require(files["schools/cbe-people.md"])
        let cbjh = try #require(files["schools/cbjh-people.md"])
        let cbhs = try #require(files["schools/cbhs-people.md"])
        #expect(Self.counts(cbe)?.hasPrefix("24 staff") == true, "\(Self.counts(cbe) ?? "")")
        #expect(Self.counts(cbjh)?.hasPrefix("9 staff (1 shared with Cedar Bluff High School)") == true, "\(Self.counts(cbjh) ?? "")")
        #expect(Self.counts(cbhs)?.hasPrefix("14 staff (1 shared with Cedar Bluff Junior High)") == true, "\(Self.counts(cbhs) ?? "")")
        // 24 + 9 + 14, less the one shared counted twice, plus 2 district-wide = 48.
        for page in [cbe, cbjh, cbhs] {
            #expect(Self.counts(page)?.hasSuffix("; 2 district-wide staff also serve every school.") == true, "\(Self.counts(page) ?? "")")
            // Listed once each, under their own heading after the school's table.
            let heading = try #require(page.range(of: "## District-wide staff who serve every school"))
            for name in ["Nora Baptiste", "Owen Stabler"] {
                let row = try #require(page.range(of: "| \(name)"), "\(name)")
                #expect(row.lowerBound > heading.upperBound)
                #expect(page.components(separatedBy: "| \(name)").count == 2)
            }
        }
        #expect(cbjh.contains("| Ivy Sandvik · teacher · x-03 · Cedar Bluff Junior High 50%, Cedar Bluff High School 50% |"))
        // The handout says the same sentence as the people page.
        #expect(files["schools/cbjh.md"]?.contains("**\(Self.counts(cbjh)!)**") == true)
        // The district plan counts and names them once, in its training section.
        let district = try #require(files["plan.md"])
        #expect(district.contains("## Training\n\nDistrict-wide staff who serve every school (2 staff): Nora Baptiste (counselor), Owen Stabler (aide).\n"))
    }

    /// "No colleague to turn to" counts a school's own staff: district-wide staff, paired with a
    /// champion chosen for the district, are not left alone at the elementary school.
    @Test func noColleagueToTurnToCountsTheSchoolsOwnStaff() throws {
        // No champion at the elementary: its two candidates are not candidates any more.
        let yaml = Self.campus
            .replacingPresent("grades: [3], comfort: 4, champion: yes }", with: "grades: [3], comfort: 4 }")
            .replacingPresent("grades: [4], comfort: 4, champion: volunteer }", with: "grades: [4], comfort: 4 }")
            .replacingPresent("grades: 3-6, comfort: 5, champion: yes }", with: "grades: 3-6, comfort: 5 }")
        let warnings = SmallDistrictWordsTests.diagnostics(SmallDistrictWordsTests.run(yaml)).filter { $0.contains("no colleague to turn to") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("Cedar Bluff Elementary has no technology champion: 24 members of staff have no colleague to turn to") == true, "\(warnings)")
    }

    // MARK: 2. Training and champions

    /// Cedar Bluff's math rollout moved to the junior high and the high school (grades 3-6 no
    /// longer the goal's), so the elementary school, listed first, has none of its people.
    static var rolloutAtJuniorAndHigh: String {
        campus.replacingPresent("    owner: Cody Brandt\n    grades: 3-6\n", with: "    owner: Cody Brandt\n")
            .replacingPresent("        kind: rollout\n        schools: [cbe]", with: "        kind: rollout\n        schools: [cbjh, cbhs]")
    }

    /// Two district-wide staff are too few for a group of their own: each joins the group of the
    /// school with the most people in their track (the high school: 5 at comfort 3 to the junior
    /// high's 3; 6 at comfort 1-2 to its 5, the shared teacher's home being the junior high), and
    /// the group records it, which their people page says. Before, they were placed as
    /// elementary staff, where the rollout has nobody, and pooled with the junior high.
    @Test func oneOrTwoDistrictWideStaffJoinTheLargestSchoolsGroupAndSayWhy() throws {
        let planned = try Self.planned(Self.rolloutAtJuniorAndHigh)
        for id in ["d-01", "d-02"] {
            let groups = planned.training.groups.filter { $0.members.contains(id) }
            #expect(groups.count == 1, "\(id)")
            #expect(groups.first?.school == "cbhs", "\(id): \(groups.map(\.id))")
            #expect(groups.first?.districtWideJoined?.contains(id) == true)
        }
        let page = try #require(try BudgetOutputTests.outputs(planned)["schools/cbjh-people.md"])
        let row = try #require(page.split(separator: "\n").first { $0.hasPrefix("| Nora Baptiste") })
        #expect(row.contains("(math-rollout.fluent-cbhs-1), with Cedar Bluff High School's group: too few district-wide staff in this track for a group of their own:"), "\(row)")
    }

    /// Three or more in a track train together, in a group of district-wide staff for every school.
    @Test func threeDistrictWideStaffTrainInAGroupOfTheirOwn() throws {
        let third = "  - { id: d-03, name: Rita Olafson, role: specialist, school: district, subjects: [technology], grades: K-12, comfort: 3 }"
        let fourth = "  - { id: d-04, name: Hal Greywolf, role: other, school: district, subjects: [technology], grades: K-12, comfort: 3 }"
        let planned = try Self.planned(Self.withStaff([Self.counselor, third, fourth]))
        let district = planned.training.groups.filter { $0.id.contains("-district-") }
        #expect(!district.isEmpty)
        for group in district {
            #expect(group.school == nil)
            #expect(group.schools == ["cbe", "cbjh", "cbhs"])
            #expect(Set(group.members) == ["d-01", "d-03", "d-04"])
            #expect(group.districtWideJoined == nil)
            #expect(group.districtWide == true)
        }
        #expect(!planned.training.groups.contains { $0.school != nil && $0.members.contains("d-01") })
        // Their group is on the people pages and in the district plan, named for what it is; no
        // school's handout lists it as a group with none of its staff.
        let files = try BudgetOutputTests.outputs(planned)
        #expect(files["plan.md"]?.contains("· district-wide staff, for every school ·") == true)
        #expect(files["training-groups.csv"]?.contains(",fluent,district-wide,") == true)
        for school in ["cbe", "cbjh", "cbhs"] {
            #expect(files["schools/\(school).md"]?.contains("· 0 of our staff ·") == false, "\(school)")
        }
    }

    /// A district-wide colleague is paired with the champion who has the fewest colleagues (with
    /// room), wherever they are; before, always one of the elementary school's.
    @Test func districtWideStaffArePairedWithTheLeastLoadedChampion() throws {
        let planned = try Self.planned(Self.campus)
        let assignments = planned.champions.assignments
        // Each champion's own school's colleagues, then the district-wide ones in id order, each
        // to a champion whose load was the least when they were paired.
        var load = Dictionary(uniqueKeysWithValues: assignments.map { ($0.champion, $0.colleagues.filter { !$0.hasPrefix("d-") }.count) })
        for id in ["d-01", "d-02"] {
            let chosen = try #require(assignments.first { $0.colleagues.contains(id) }, "\(id) has a champion")
            #expect(load[chosen.champion] == load.values.min(), "\(id): \(load)")
            load[chosen.champion, default: 0] += 1
        }
        // Cedar Bluff's least-loaded champion is not the elementary school's.
        let d01 = try #require(assignments.first { $0.colleagues.contains("d-01") })
        #expect(d01.school != "cbe")
    }

    /// With every champion full (at most 7 colleagues: the elementary's 3 have 7 each, the junior
    /// high's 1 has 7, the high school's 2 have room for 3), a fourth district-wide colleague has
    /// no champion: their row says so, and the elementary school, where the record keeps them,
    /// does not count them as its own without one.
    @Test func aDistrictWideColleagueWithoutAChampionIsNotTheElementarysToCount() throws {
        let third = "  - { id: d-03, name: Hal Greywolf, role: other, school: district, subjects: [technology], grades: K-12, comfort: 3 }"
        let fourth = "  - { id: d-04, name: Rita Olafson, role: specialist, school: district, subjects: [technology], grades: K-12, comfort: 1 }"
        let yaml = Self.withStaff([Self.counselor, Self.aide, third, fourth, Self.sharedTeacher])
            .replacingPresent("  max_colleagues: 8\n", with: "  max_colleagues: 7\n")
        let planned = try Self.planned(yaml)
        #expect(planned.champions.unassigned.filter { $0.staff.hasPrefix("d-") }.map(\.staff) == ["d-04"])
        let page = try #require(try BudgetOutputTests.outputs(planned)["schools/cbe-people.md"])
        #expect(Self.counts(page)?.contains("without a champion") == false, "\(Self.counts(page) ?? "")")
        #expect(page.contains("| Rita Olafson · specialist · d-04 · district-wide |"))
        #expect(page.split(separator: "\n").first { $0.hasPrefix("| Rita Olafson") }?.hasSuffix("| none yet (every champion there is full) |") == true)
    }

    // MARK: 3. Support on the handouts

    /// Support naming no schools reaches every school: each handout names it, shared by every school.
    @Test func everySchoolsHandoutNamesDistrictWideSupport() throws {
        let yaml = AcrossSchoolsTests.withSupport("  - { what: Campus technician, days_per_week: 1, cost_per_day: 425, funding: general-fund }")
        let files = try BudgetOutputTests.outputs(try Self.planned(yaml))
        for school in ["cbe", "cbjh", "cbhs"] {
            let handout = try #require(files["schools/\(school).md"])
            #expect(handout.contains("Coming to our school: Campus technician, 1 day a week, shared by every school"), "\(school)")
        }
    }

    // MARK: 4. 'district' among schools

    /// `school: [district, cbe]` is told what to write, at `district`, not "no such school".
    @Test func districtAmongSchoolsSaysWhatToWrite() throws {
        let entry = "  - { id: x-04, name: Pat Rowe, role: counselor, school: [district, cbe], grades: K-12, comfort: 3 }"
        let yaml = Self.withStaff([entry])
        let line = SmallDistrictWordsTests.line(of: "id: x-04", in: yaml)
        let column = entry.distance(from: entry.startIndex, to: entry.range(of: "district")!.lowerBound) + 1
        let errors = SmallDistrictWordsTests.diagnostics(SmallDistrictWordsTests.run(yaml)).filter { $0.contains(" error: ") }
        #expect(errors == ["\(line):\(column) error: staff member 'x-04' is written at 'district' and at other schools; write school: district alone for someone who works for the whole district, or only their schools: school: [cbe]"])
    }
}
